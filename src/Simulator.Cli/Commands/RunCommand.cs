using Simulator.Cli.Execution;
using Simulator.Cli.Output;
using Simulator.Domain.Engine;
using Simulator.Domain.Scenarios.Loading;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Simulator.Cli.Commands;

/// <summary>`sim run`: a Monte Carlo experiment over the scenario's uncertain parameters.</summary>
public sealed class RunCommand : AsyncCommand<RunSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, RunSettings settings, CancellationToken cancellationToken)
    {
        var scenario = ScenarioLoader.Load(settings.File, settings.Sets);
        var yaml = ScenarioLoader.ResolveToYaml(settings.File, settings.Sets);
        var runs = settings.Runs ?? scenario.MonteCarlo.Runs;
        var seed = settings.Seed ?? scenario.MonteCarlo.Seed;
        var request = new ExperimentRequest(CompiledScenario.Compile(scenario), yaml, runs, seed);
        var result = await ProgressDisplay.RunAsync(runs, progress => ExperimentBackends.For(settings).RunAsync(request, progress, cancellationToken));

        if (settings.Out is { } dir)
        {
            ResultFiles.Write(dir, result);
        }

        switch (settings.Format)
        {
            case OutputFormat.Json:
                Console.Out.WriteLine(Domain.MonteCarlo.ExperimentJson.Serialize(result));
                break;
            case OutputFormat.Csv:
                Console.Out.Write(ResultCsv.Issues(result));
                break;
            default:
                ResultTable.Write(AnsiConsole.Console, result);
                break;
        }

        return ExitCodes.Success;
    }
}
