using Spectre.Console.Cli;

namespace Simulator.Cli;

/// <summary>The list of `sim` commands, one line each.</summary>
internal static class CommandRegistry
{
    public static void Register(IConfigurator config)
    {
        config.AddCommand<Commands.ValidateCommand>("validate").WithDescription("Check scenario files: YAML, schema and semantics.");
        config.AddCommand<Commands.AnalyzeCommand>("analyze").WithDescription("Bargaining analysis: solution points, zones of agreement, red-line diagnosis, voting power.");
        config.AddCommand<Commands.ShowCommand>("show").WithDescription("Show a scenario: parties x issues, zones of agreement, --explain PATH.");
        config.AddCommand<Commands.RunCommand>("run")
            .WithDescription("Run a Monte Carlo experiment: how likely each issue is agreed, at what value, and what blocks it.")
            .WithExample("run", "scenarios/istanbul-2025-05-16.yaml", "--runs", "2000");
        config.AddCommand<Commands.ForecastCommand>("forecast").WithDescription("Forecast outcomes with spatial models: compromise, weighted median, KTAB SMP, Bueno de Mesquita.");
        config.AddCommand<Commands.ExplainCommand>("explain")
            .WithDescription("Replay one run round by round: each draft, each answer with its reasons, why it ended.")
            .WithExample("explain", "scenarios/istanbul-2025-05-16.yaml", "--run", "3");
        config.AddCommand<Commands.PlayCommand>("play").WithDescription("Play one session live, round by round, for a class; --step waits between rounds, --human PARTY seats a person.");
        config.AddCommand<Commands.BenchCommand>("bench").WithDescription("Runs per second in-process (one core, all cores) and through the experiment grain, side by side.");
        config.AddCommand<Commands.SweepCommand>("sweep").WithDescription("Agreement probabilities across a grid of one or two parameters: table, JSON, CSV and charts.").WithExample("sweep", "scenarios/istanbul-2025-05-16.yaml", "--param", "parties.russia.concessionBeta=0.2..2:10", "--runs", "200");
        config.AddCommand<Commands.SensitivityCommand>("sensitivity").WithDescription("Which uncertain parameter drives which outcome: one-at-a-time swings (tornado) and first-order Sobol indices.");
        config.AddCommand<Commands.CompareCommand>("compare").WithDescription("Scenarios side by side: per issue the difference in agreement probability, its interval and a two-proportion test.");
        config.AddCommand<Calibration.CalibrateCommand>("calibrate").WithDescription("Which parameter values are consistent with the record: rejection ABC over the Monte Carlo runs, prior vs posterior per parameter.").WithExample("calibrate", "scenarios/istanbul-2025-05-16.yaml", "--runs", "20000");
        config.AddCommand<Commands.ScoreCommand>("score").WithDescription("Hold the model against history: per recorded issue the probability and hit or miss; accuracy, Brier and log score beside the trivial baselines; a calibration chart.").WithExample("score", "scenarios/istanbul-2025-05-16.yaml", "--runs", "500");
        config.AddCommand<Commands.ReportCommand>("report").WithDescription("One self-contained HTML report with tables and charts that opens offline.").WithExample("report", "scenarios/istanbul-2025-05-16.yaml", "--out", "report.html");
    }
}
