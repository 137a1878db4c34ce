namespace Simulator.Cli.Commands;

/// <summary>The forecasting models `sim forecast --model` accepts.</summary>
public static class ForecastModelName
{
    public const string Compromise = "compromise";
    public const string Median = "median";
    public const string Smp = "smp";
    public const string Bdm = "bdm";

    public static bool IsKnown(string name) => name is Compromise or Median or Smp or Bdm;
}
