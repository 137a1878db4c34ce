using Simulator.Domain.Engine;
using Simulator.Domain.Scenarios;
using Simulator.Domain.Scenarios.Loading;

namespace Simulator.Domain.Analysis.Toolkit;

/// <summary>Finds a scenario parameter by its path, or says which paths exist.</summary>
public static class ParameterLookup
{
    public static Parameter Require(ParameterTable table, string path, string flag = "--param")
    {
        ArgumentNullException.ThrowIfNull(table);
        var index = table.IndexOf(path);
        if (index >= 0)
        {
            return table.Parameters[index];
        }

        var paths = table.Parameters.Select(p => p.Path).ToList();
        var hint = DidYouMean.Closest(path, paths) is { } close
            ? $"did you mean '{close}'?"
            : "run 'sim show FILE' to see the parameters, or use a path from the scenario file (the same path --set takes)";
        throw new AnalysisInputException($"{flag} {path}: no numeric parameter has this path; {hint}");
    }
}
