namespace Simulator.Domain.Tests.Scenarios;

/// <summary>A small valid scenario the error tests break one line at a time.</summary>
internal static class MiniScenario
{
    public const string Text = """
        id: mini
        title: Mini
        issues:
          ceasefire:
            label: Ceasefire
            statusQuo: 0
          territory:
            label: Territory
            statusQuo: 40
            separable: false
        parties:
          ukraine:
            name: Ukraine
            role: principal
            stances:
              ceasefire: {position: 100, salience: 0.5}
              territory:
                position: 0
                salience: 0.5
                redLine: {max: 40}
          russia:
            name: Russia
            role: principal
            reservationUtility:
              value: 0.4
              source: {quote: "slow, grinding advance", where: "Putin stays away"}
              confidence: 0.5
              uncertainty: {uniform: [0.3, 0.6]}
            delegation:
              level: mid
              mandate:
                ceasefire: {max: 30}
            stances:
              ceasefire: {position: 10, salience: 0.4}
              territory: {position: 100, salience: 0.6, redLine: {min: 70}}
            linkages:
              ceasefire_needs_withdrawal:
                when: {issue: ceasefire, atLeast: 30}
                require: {issue: territory, atLeast: 70}
          turkey:
            name: Turkey
            role: mediator
          usa:
            name: USA
            role: patron
            influences:
              russia: {kind: pressure, strength: 0.4}
        protocol:
          kind: mediated-single-text
          mediator: turkey
          timeBudgetMinutes: 90
        timeline:
          - at: 10
            description: threat
            changes:
              - {path: parties.russia.reservationUtility, value: 0.2}
        monteCarlo: {runs: 100, seed: 7}
        observed:
          ceasefire: {agreed: false}
        """;

    /// <summary>The text with the first occurrence of <paramref name="find"/> replaced (which must exist).</summary>
    public static string With(string find, string replace)
    {
        var at = Text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{find}' is not in the mini scenario");
        return string.Concat(Text.AsSpan(0, at), replace, Text.AsSpan(at + find.Length));
    }

    /// <summary>The 1-based line of the first line containing <paramref name="marker"/>.</summary>
    public static int LineOf(string text, string marker)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Contains(marker, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        throw new InvalidOperationException($"'{marker}' not found");
    }

    /// <summary>The 1-based column where <paramref name="marker"/> starts on its line.</summary>
    public static int ColumnOf(string text, string marker)
    {
        var line = text.Split('\n')[LineOf(text, marker) - 1];
        return line.IndexOf(marker, StringComparison.Ordinal) + 1;
    }
}
