using Simulator.Domain.Classroom;

namespace Simulator.Web.Classroom.Views;

/// <summary>
/// What everyone in a class may see now: phase, clock, seats (who has answered, not what), the draft,
/// what is agreed, the notices, the last closed round; <see cref="HeldShort"/> says why the chair's
/// agent tabled draft items held short of a linkage's trigger (in names and labels, as `sim explain`).
/// <see cref="Round"/> is the open round (0-based), once the talks are over the last round played;
/// <see cref="Ending"/> then says how they ended, in the debrief's words.
/// </summary>
public sealed record ClassView(
    string Code,
    string Title,
    string ScenarioId,
    ClassPhase Phase,
    int Round,
    bool Paused,
    int SecondsLeft,
    int RoundSeconds,
    int Version,
    IReadOnlyList<SeatLine> Seats,
    IReadOnlyList<DraftLine> Draft,
    IReadOnlyList<AgreedLine> Agreed,
    IReadOnlyList<ClassNotice> Notices,
    RoundLine? LastRound,
    string? EndReason,
    IReadOnlyList<string> Revealed,
    ScenarioSheet Sheet,
    DateTimeOffset Expires,
    int Meeting = 0,
    int Meetings = 1,
    IReadOnlyList<string>? HeldShort = null,
    string? Ending = null)
{
    /// <summary>A class on a series whose meeting is over and has a meeting after it.</summary>
    public bool HasNextMeeting => Phase == ClassPhase.Over && Meeting + 1 < Meetings;

    public SeatLine? Seat(string party) => Seats.FirstOrDefault(s => s.Party == party);

    public bool IsOpen => Phase is ClassPhase.Drafting or ClassPhase.Answering;
}
