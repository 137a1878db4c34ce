using System.Globalization;
using Simulator.Domain.Scenarios;

namespace Simulator.Domain.Analysis.Toolkit;

/// <summary>
/// The `--set` overrides that hold a parameter at one value in every run. `--set PATH=V` alone
/// replaces the value but keeps the uncertainty, which Monte Carlo would still sample; so the
/// uncertainty is also collapsed to the single point V (a degenerate range is drawn without
/// sampling). Expressed as overrides, the pinned scenario is an ordinary snapshot any backend runs.
/// </summary>
public static class ParameterPins
{
    public static IReadOnlyList<string> SetsFor(Parameter parameter, double value)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        var v = value.ToString("R", CultureInfo.InvariantCulture);
        var p = parameter.Path;
        return parameter.Uncertainty switch
        {
            null => [$"{p}={v}"],
            UniformUncertainty => [$"{p}={v}", $"{p}.uncertainty.uniform.0={v}", $"{p}.uncertainty.uniform.1={v}"],
            TriangularUncertainty => [$"{p}={v}", $"{p}.uncertainty.triangular.0={v}", $"{p}.uncertainty.triangular.1={v}", $"{p}.uncertainty.triangular.2={v}"],
            NormalUncertainty => [$"{p}={v}", $"{p}.uncertainty.normal.mean={v}", $"{p}.uncertainty.normal.sd=0", $"{p}.uncertainty.normal.min={v}", $"{p}.uncertainty.normal.max={v}"],
            _ => throw new ArgumentOutOfRangeException(nameof(parameter), parameter.Uncertainty, "unknown uncertainty kind"),
        };
    }
}
