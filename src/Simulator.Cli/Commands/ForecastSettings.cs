using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Simulator.Cli.Commands;

/// <summary>Options of `sim forecast`.</summary>
public sealed class ForecastSettings : ScenarioSettings
{
    public const int MaxRounds = 10_000;

    [CommandOption("--ktab-csv")]
    [Description("FILE is in KTAB's spatial-model CSV format (assumed for *.csv files).")]
    public bool KtabCsv { get; init; }

    [CommandOption("--model <MODEL>")]
    [Description("compromise, median, smp (KTAB's Spatial Model of Politics, default) or bdm (Bueno de Mesquita).")]
    [DefaultValue(ForecastModelName.Smp)]
    public string Model { get; init; } = ForecastModelName.Smp;

    [CommandOption("--rounds <N>")]
    [Description("smp: the most turns (default 100; it usually stops earlier). bdm: the rounds (default 10).")]
    public int? Rounds { get; init; }

    [CommandOption("--format <FORMAT>")]
    [Description("table (default), json, or ktab-history (smp only: KTAB's own history layout, for diffing).")]
    [DefaultValue(OutputFormat.Table)]
    public string Format { get; init; } = OutputFormat.Table;

    [CommandOption("--chart <FILE.png>")]
    [Description("Also draw the positions of every actor over the turns (smp) or rounds (bdm) into a PNG.")]
    public string? Chart { get; init; }

    [CommandOption("--bdm-textbook")]
    [Description("bdm: use the textbook probability denominator and compromise ranking instead of the Scholz code's.")]
    public bool BdmTextbook { get; init; }

    public bool ReadsKtabCsv => KtabCsv || File.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);

    public override ValidationResult Validate()
    {
        if (!ForecastModelName.IsKnown(Model))
        {
            return ValidationResult.Error($"--model must be compromise, median, smp or bdm; got '{Model}'.");
        }

        if (Format is not (OutputFormat.Table or OutputFormat.Json or KtabHistoryFormat))
        {
            return ValidationResult.Error($"--format must be table, json or ktab-history; got '{Format}'.");
        }

        if (Format == KtabHistoryFormat && Model != ForecastModelName.Smp)
        {
            return ValidationResult.Error("--format ktab-history prints an SMP run; use it with --model smp.");
        }

        if (Rounds is < 1 or > MaxRounds)
        {
            return ValidationResult.Error($"--rounds must be between 1 and {MaxRounds:N0}; got {Rounds}.");
        }

        if (Chart is not null && Model is not (ForecastModelName.Smp or ForecastModelName.Bdm))
        {
            return ValidationResult.Error("--chart draws trajectories, which only smp and bdm have; add --model smp or --model bdm.");
        }

        if (ReadsKtabCsv && Sets.Length > 0)
        {
            return ValidationResult.Error("--set overrides scenario values; it does not apply to a KTAB CSV file.");
        }

        return ValidationResult.Success();
    }

    /// <summary>The KTAB history layout (`--format ktab-history`).</summary>
    public const string KtabHistoryFormat = "ktab-history";
}
