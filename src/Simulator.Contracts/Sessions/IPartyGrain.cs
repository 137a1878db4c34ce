using Orleans.Concurrency;

namespace Simulator.Contracts.Sessions;

/// <summary>
/// One party in one session (key: <c>{sessionId}/{partyId}</c>): holds its tuned parameters and
/// whether a person plays it, answers the chair's questions (a person's answer when one arrives in
/// time, the software agent's otherwise) and reports its parameters' provenance. It never calls the
/// session: the session asks, the party answers.
/// </summary>
[Alias("Simulator.IPartyGrain")]
public interface IPartyGrain : IGrainWithStringKey
{
    /// <summary>Takes the seat for a session over <paramref name="snapshot"/>; returns the tuning to apply at the table.</summary>
    [Alias("Join")]
    Task<ParameterChange[]> Join(string snapshot, bool human, TimeSpan humanDeadline);

    /// <summary>The seat's answer; a human seat waits for its person up to the deadline it joined with (an hour at most per seat).</summary>
    [Alias("Answer"), ResponseTimeout("06:00:00")]
    Task<PartyAnswerDto> Answer(RoundQuestionDto question);

    /// <summary>A person's decision for the open question; false when no question is waiting for one.</summary>
    [Alias("SubmitHumanAnswer"), AlwaysInterleave]
    Task<bool> SubmitHumanAnswer(HumanAnswer answer);

    /// <summary>The analyst's tuning: only this party's own parameters (paths under <c>parties.{id}.</c>).</summary>
    [Alias("SetParameter")]
    Task SetParameter(ParameterChange change);

    [Alias("GetProfile"), AlwaysInterleave]
    Task<PartyProfile> GetProfile();
}
