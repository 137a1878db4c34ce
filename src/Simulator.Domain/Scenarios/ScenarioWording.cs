using System.Globalization;
using System.Text.RegularExpressions;

namespace Simulator.Domain.Scenarios;

/// <summary>
/// Turns the engine's id-worded text ("russia's red line is territory &lt;= 40") into the words a
/// reader sees everywhere else in human output: the party's name and the issue's label, with each
/// bound on an issue given its meaning on the scale ("Russia's red line is Territory &lt;= 40 ('freeze
/// on the current line')"). Ids stay in JSON and CSV; tables and transcripts use this.
/// </summary>
public sealed class ScenarioWording
{
    private readonly Dictionary<string, string> _partyNames;
    private readonly Dictionary<string, Issue> _issues;
    private readonly Regex? _tokens;

    public ScenarioWording(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        _partyNames = scenario.Parties.ToDictionary(p => p.Id, p => string.IsNullOrWhiteSpace(p.Name) ? p.Id : p.Name, StringComparer.Ordinal);
        _issues = scenario.Issues.ToDictionary(i => i.Id, StringComparer.Ordinal);
        var ids = _partyNames.Keys.Concat(_issues.Keys).Distinct(StringComparer.Ordinal).OrderByDescending(id => id.Length).Select(Regex.Escape).ToList();
        if (ids.Count > 0)
        {
            // An id stands alone: not part of a longer id, a key (russia.ceasefire_needs_withdrawal) or a path.
            _tokens = new Regex(
                $@"(?<![\w.:/-])(?<id>{string.Join('|', ids)})(?<poss>'s(?!\w))?(?![\w-]|\.\w)(?<bound> (?<op>>=|<=|at least|at most) (?<n>-?\d+(?:\.\d+)?)(?: \((?<range>[^()]*in the runs it blocked)\))?)?",
                RegexOptions.CultureInvariant,
                TimeSpan.FromSeconds(1));
        }
    }

    /// <summary>The party's name for its id (the id itself when the scenario gives none).</summary>
    public string Party(string id) => _partyNames.GetValueOrDefault(id, id);

    /// <summary>The issue's label for its id.</summary>
    public string Issue(string id) => _issues.TryGetValue(id, out var issue) ? issue.Label : id;

    /// <summary>A scale value of the issue with its meaning (<see cref="ScaleText.Of"/>), or the plain number for an unknown id.</summary>
    public string Value(string issueId, double value) =>
        _issues.TryGetValue(issueId, out var issue) ? ScaleText.Of(issue, value) : ScaleText.Number(value);

    /// <summary>Engine text with names and labels for ids and each bound's meaning on its issue's scale.</summary>
    public string Text(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_tokens is null)
        {
            return text;
        }

        return _tokens.Replace(text, m =>
        {
            var id = m.Groups["id"].Value;
            if (_partyNames.TryGetValue(id, out var name))
            {
                // A name that ends in s takes a bare apostrophe: "Shipping insurers' red line".
                var possessive = m.Groups["poss"].Success ? (name.EndsWith('s') ? "'" : "'s") : string.Empty;
                return name + possessive + m.Groups["bound"].Value;
            }

            var issue = _issues[id];
            if (!m.Groups["bound"].Success)
            {
                return issue.Label + m.Groups["poss"].Value;
            }

            var value = double.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
            var meaning = issue.Unit is { } u
                ? string.Create(CultureInfo.InvariantCulture, $"{u.ToUnit(value):N0} {u.Name}")
                : ScaleText.Meaning(issue, value);
            var range = m.Groups["range"].Success ? "; " + m.Groups["range"].Value : string.Empty;
            return $"{issue.Label} {m.Groups["op"].Value} {m.Groups["n"].Value} ({meaning}{range})";
        });
    }
}
