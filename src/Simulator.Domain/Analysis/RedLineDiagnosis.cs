using System.Globalization;

namespace Simulator.Domain.Analysis;

/// <summary>
/// Why an issue has no joint zone of agreement and what would open one: every smallest set of red
/// lines, mandates or linkage requirements whose relaxation makes an agreement possible, with the
/// move each needs. <see cref="Complete"/> is false when no set of up to
/// <see cref="JointZoneAnalysis.MaxRelaxationSetSize"/> constraints suffices, or when the search hit
/// its node budget (<see cref="AgreementSearch.NodeBudget"/>) and may have missed one. <see cref="Subject"/>
/// names what is blocked: the issue, or a range of it ("ceasefire >= 30", where a linkage triggers,
/// which <see cref="Trigger"/> then holds).
/// </summary>
public sealed record RedLineDiagnosis(string IssueId, string Subject, IReadOnlyList<Relaxation> Options, bool Complete, string? Note = null, Scenarios.IssueCondition? Trigger = null)
{
    /// <summary>The size of the smallest sets (0 when none was found).</summary>
    public int SmallestSetSize => Options.Count == 0 ? 0 : Options.Min(o => o.Moves.Count);

    /// <summary>The diagnosis in plain words, for students.</summary>
    public string Explain() => Note is null ? Sentence() : $"{Sentence()} {Note}";

    private string Sentence()
    {
        if (Options.Count == 0)
        {
            return $"{Subject} has no zone of agreement, and relaxing up to {JointZoneAnalysis.MaxRelaxationSetSize} red lines, mandates or linkages would not open one.";
        }

        var binding = Options.SelectMany(o => o.Moves).Select(m => m.Constraint).DistinctBy(c => c.Key).ToList();
        var because = string.Join(", while ", binding.Select(c => c.Describe()));
        if (SmallestSetSize == 1)
        {
            var moves = string.Join("; ", Options.Select(o => Move(o.Moves[0])));
            var which = Options.Count == 1 ? "relaxing it" : Options.Count == 2 ? "relaxing either" : "relaxing any one of them";
            return $"{Subject} has no zone of agreement because {because}; {which} opens one ({moves}).";
        }

        var sets = string.Join("; or ", Options.Select(o => string.Join(" and ", o.Moves.Select(Move))));
        return $"{Subject} has no zone of agreement because {because}; no single relaxation opens one, it takes {SmallestSetSize} together: {sets}.";
    }

    private static string Move(ConstraintMove move)
    {
        var who = move.Constraint.Kind switch
        {
            ConsentConstraintKind.Linkage => $"{move.Constraint.PartyId}'s linkage {move.Constraint.Linkage!.Id}",
            ConsentConstraintKind.Mandate => $"{move.Constraint.PartyId}'s mandate on {move.Constraint.IssueId}",
            _ => $"{move.Constraint.PartyId}'s red line on {move.Constraint.IssueId}",
        };
        return $"{who} by {move.By.ToString("0.#", CultureInfo.InvariantCulture)} points";
    }
}
