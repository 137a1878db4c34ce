namespace Simulator.Domain.Scenarios.Overrides;

/// <summary>
/// Hold the parameter at <see cref="Path"/> (a `--set` path) at <see cref="Value"/> in every run: its
/// value is replaced and its uncertainty dropped. <see cref="Source"/> and <see cref="Position"/>
/// say where the change came from (`--set` 2, `--param` 1, a sensitivity probe), so an error points
/// at what the user typed, not at a line of a file they never touched.
/// </summary>
public sealed record ParameterOverride(string Path, double Value, string Source = ParameterOverride.SetSource, int Position = 1)
{
    public const string SetSource = "--set";
    public const string ParamSource = "--param";
    public const string ProbeSource = "sensitivity probe";
}
