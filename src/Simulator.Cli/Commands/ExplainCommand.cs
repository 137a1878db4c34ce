using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Scenarios.Loading;
using Spectre.Console.Cli;

namespace Simulator.Cli.Commands;

/// <summary>`sim explain`: one run's transcript, round by round, with every reason given.</summary>
public sealed class ExplainCommand : Command<ExplainSettings>
{
    public override int Execute(CommandContext context, ExplainSettings settings, CancellationToken cancellationToken)
    {
        if (Domain.Series.SeriesLoader.IsSeries(settings.File))
        {
            return Series.SeriesExplainCommand.Execute(settings);
        }

        var scenario = ScenarioLoader.Load(settings.File, settings.Sets);
        var compiled = CompiledScenario.Compile(scenario);
        var seed = settings.Seed ?? scenario.MonteCarlo.Seed;
        var result = ExperimentRunner.Explain(compiled, seed, settings.Run);
        Console.Out.WriteLine($"{scenario.Title}: run {settings.Run} of seed {seed}");
        Console.Out.WriteLine();
        Console.Out.Write(TranscriptFormatter.Format(compiled, result));
        return ExitCodes.Success;
    }
}
