using Simulator.Cli.Output;
using Spectre.Console;
using Simulator.Domain.Scenarios.Loading;
using Spectre.Console.Cli;

namespace Simulator.Cli.Commands;

/// <summary>`sim validate FILE...`: schema and semantic checks; prints `FILE: ok` or every error, exit 2 if any file is bad.</summary>
public sealed class ValidateCommand(IAnsiConsole console, ErrorConsole errors) : Command<ValidateSettings>
{
    public override int Execute(CommandContext context, ValidateSettings settings, CancellationToken cancellationToken)
    {
        var bad = 0;
        foreach (var file in settings.Files)
        {
            try
            {
                if (Domain.Series.SeriesLoader.IsSeries(file))
                {
                    _ = Domain.Series.SeriesLoader.Load(file, settings.Sets);
                }
                else
                {
                    _ = ScenarioLoader.Load(file, settings.Sets, settings.BaseRoot);
                }

                console.WriteRawLine(ConsoleText.Plain($"{(ScenarioLoader.IsStandardInput(file) ? ScenarioLoader.StandardInput : file)}: ok"));
            }
            catch (ScenarioException ex)
            {
                bad++;
                foreach (var error in ex.Errors)
                {
                    errors.Line(error.ToString());
                }

                errors.Line($"{(ScenarioLoader.IsStandardInput(file) ? ScenarioLoader.StandardInput : file)}: {ex.Errors.Count} error(s)");
            }
        }

        return bad == 0 ? ExitCodes.Success : ExitCodes.BadInput;
    }
}
