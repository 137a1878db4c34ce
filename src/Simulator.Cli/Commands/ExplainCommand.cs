using Simulator.Cli.Output;
using Spectre.Console;
using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Scenarios.Loading;
using Spectre.Console.Cli;

namespace Simulator.Cli.Commands;

/// <summary>`sim explain`: one run's transcript, round by round, with every reason given.</summary>
public sealed class ExplainCommand(IAnsiConsole console) : Command<ExplainSettings>
{
    public override int Execute(CommandContext context, ExplainSettings settings, CancellationToken cancellationToken)
    {
        if (Domain.Series.SeriesLoader.IsSeries(settings.File))
        {
            return Series.SeriesExplainCommand.Execute(console, settings);
        }

        var scenario = ScenarioLoader.Load(settings.File, settings.Sets, settings.BaseRoot);
        var compiled = CompiledScenario.Compile(scenario);
        var seed = settings.Seed ?? scenario.MonteCarlo.Seed;
        var result = ExperimentRunner.Explain(compiled, seed, settings.Run);
        console.WriteRaw(ConsoleText.Plain($"{scenario.Title}: run {settings.Run} of seed {seed}\n\n{TranscriptFormatter.Format(compiled, result)}"));
        ObservedRecordTable.Write(console, scenario);
        return ExitCodes.Success;
    }
}
