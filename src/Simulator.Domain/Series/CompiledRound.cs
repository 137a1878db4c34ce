using Simulator.Domain.Calibration;
using Simulator.Domain.Engine;

namespace Simulator.Domain.Series;

/// <summary>
/// One round prepared for fast runs: its compiled scenario (agenda events applied), the events'
/// value changes by index, what carries over from the previous round, the trust responses, the
/// seed its draws start from, and its record.
/// </summary>
public sealed record CompiledRound(
    string Id,
    SeriesRound Round,
    CompiledScenario Scenario,
    IReadOnlyList<(int Index, double Value)> EventChanges,
    IReadOnlyList<string> EventDescriptions,
    IReadOnlyList<CompiledCarry> Carry,
    IReadOnlyList<CompiledTrust> Trust,
    ulong SeedSalt,
    IReadOnlyList<RecordItem> Record,
    int[] RecordIssues);

/// <summary>An issue both rounds share: its index in each, how it carries, and its implemented share's index in the series table (-1: fully, and not part of the other side's record).</summary>
public sealed record CompiledCarry(string IssueId, int PreviousIssue, int Issue, CarryMode Mode, int ImplementedIndex);

/// <summary>A principal's reservation index in the round's table and its trust response's index in the series table.</summary>
public sealed record CompiledTrust(string PartyId, int ReservationIndex, int PerShortfallIndex);
