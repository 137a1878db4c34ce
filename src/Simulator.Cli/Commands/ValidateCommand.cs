using Simulator.Domain.Scenarios.Loading;
using Spectre.Console.Cli;

namespace Simulator.Cli.Commands;

/// <summary>`sim validate FILE...`: schema and semantic checks; prints `FILE: ok` or every error, exit 2 if any file is bad.</summary>
public sealed class ValidateCommand : Command<ValidateSettings>
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
                    _ = ScenarioLoader.Load(file, settings.Sets);
                }

                Console.Out.WriteLine($"{file}: ok");
            }
            catch (ScenarioException ex)
            {
                bad++;
                foreach (var error in ex.Errors)
                {
                    Console.Error.WriteLine(error.ToString());
                }

                Console.Error.WriteLine($"{file}: {ex.Errors.Count} error(s)");
            }
        }

        return bad == 0 ? ExitCodes.Success : ExitCodes.BadInput;
    }
}
