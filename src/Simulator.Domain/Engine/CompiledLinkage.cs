namespace Simulator.Domain.Engine;

/// <summary>
/// A linkage with issue and bound indices resolved (bounds are parameter indices, -1 when open):
/// when its trigger holds, its <see cref="Requirements"/> must hold too, all of them or, when
/// <see cref="AnyOf"/>, at least one.
/// </summary>
public sealed record CompiledLinkage(
    string Id,
    string? Description,
    int WhenIssue,
    int WhenAtLeast,
    int WhenAtMost,
    CompiledCondition[] Requirements,
    bool AnyOf)
{
    /// <summary>The first requirement's issue: the only one of a linkage written with `require:`.</summary>
    public int RequireIssue => Requirements[0].Issue;

    public int RequireAtLeast => Requirements[0].AtLeast;

    public int RequireAtMost => Requirements[0].AtMost;

    /// <summary>Whether the requirements hold in a full outcome (a value per issue).</summary>
    public bool RequirementsHold(ReadOnlySpan<double> outcome, ReadOnlySpan<double> values)
    {
        for (var k = 0; k < Requirements.Length; k++)
        {
            var holds = Requirements[k].HoldsFor(outcome[Requirements[k].Issue], values);
            if (holds == AnyOf)
            {
                // Any-of: one that holds is enough; all-of: one that fails is enough.
                return AnyOf;
            }
        }

        return !AnyOf;
    }

    /// <summary>Whether the trigger holds in a full outcome.</summary>
    public bool Triggered(ReadOnlySpan<double> outcome, ReadOnlySpan<double> values) =>
        PartyEvaluator.Holds(outcome[WhenIssue], WhenAtLeast, WhenAtMost, values);

    /// <summary>Whether the linkage names <paramref name="issue"/>, as trigger or requirement.</summary>
    public bool Names(int issue)
    {
        if (issue == WhenIssue)
        {
            return true;
        }

        foreach (var r in Requirements)
        {
            if (r.Issue == issue)
            {
                return true;
            }
        }

        return false;
    }
}
