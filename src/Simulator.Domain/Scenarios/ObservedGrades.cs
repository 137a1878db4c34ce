namespace Simulator.Domain.Scenarios;

/// <summary>The words of <see cref="ObservedGrade"/> in scenario files and output, and how each one scores.</summary>
public static class ObservedGrades
{
    private static readonly (ObservedGrade Grade, string Name, bool Agreed)[] Table =
    [
        (ObservedGrade.Agreed, "agreed", true),
        (ObservedGrade.AgreedInPrinciple, "agreed-in-principle", true),
        (ObservedGrade.Partial, "partial", true),
        (ObservedGrade.Noted, "noted", false),
        (ObservedGrade.Deferred, "deferred", false),
        (ObservedGrade.Rejected, "rejected", false),
        (ObservedGrade.UnilateralOffer, "unilateral-offer", false),
    ];

    /// <summary>Every grade's word, in the order above (the schema's enum lists the same).</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Table.Select(t => t.Name)];

    /// <summary>The word for a grade as the scenario writes it, e.g. agreed-in-principle.</summary>
    public static string Name(this ObservedGrade grade) => Table[(int)grade].Name;

    /// <summary>Whether a grade counts as agreed when the model's outcome is scored against it.</summary>
    public static bool CountsAsAgreed(this ObservedGrade grade) => Table[(int)grade].Agreed;

    /// <summary>The grade a word names, or null for an unknown word.</summary>
    public static ObservedGrade? Parse(string? name)
    {
        foreach (var (grade, word, _) in Table)
        {
            if (string.Equals(word, name, StringComparison.Ordinal))
            {
                return grade;
            }
        }

        return null;
    }
}
