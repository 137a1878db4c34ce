using Simulator.Web.Classroom.Views;

namespace Simulator.Web.Api;

/// <summary>
/// `GET /api/classes/{code}`: the public status (who has answered, not what, until the round closes);
/// on a series, which meeting (1-based) of how many; why draft items were held short of a linkage's trigger;
/// once over, how the talks ended (the debrief's sentence; <see cref="Round"/> is then the last round played).
/// </summary>
public sealed record ClassStatus(
    string Code,
    string Title,
    string Phase,
    int Round,
    bool Paused,
    int SecondsLeft,
    IReadOnlyList<SeatStatus> Seats,
    IReadOnlyList<DraftLine> Draft,
    IReadOnlyList<AgreedLine> Agreed,
    IReadOnlyList<string> Notices,
    RoundLine? LastRound,
    string? EndReason,
    int Meeting,
    int Meetings,
    IReadOnlyList<string>? HeldShort = null,
    string? Ending = null)
{
    public static ClassStatus Of(ClassView v)
    {
        ArgumentNullException.ThrowIfNull(v);
        return new ClassStatus(
            v.Code,
            v.Title,
            v.Phase.ToString().ToLowerInvariant(),
            v.Round + 1,
            v.Paused,
            v.SecondsLeft,
            [.. v.Seats.Select(s => new SeatStatus(s.Party, s.Name, s.Role.ToString().ToLowerInvariant(), s.Human, s.Holders.Count, s.Answered))],
            v.Draft,
            v.Agreed,
            [.. v.Notices.Select(n => n.IsStatement ? $"{v.Seat(n.Party ?? "")?.Name ?? n.Party}: {n.Text}" : n.Text)],
            v.LastRound,
            v.EndReason,
            v.Meeting + 1,
            v.Meetings,
            v.HeldShort ?? [],
            v.Ending);
    }
}
