namespace Simulator.Cli.Tests.Hardening;

/// <summary>
/// Spectre markup ([, ]) and terminal control characters in scenario text are printed escaped by
/// every command that prints them: no crash, no raw escape sequence on the terminal.
/// </summary>
public sealed class PrintedTextTests : IDisposable
{
    private readonly HostileScenario _files = new();

    public void Dispose() => _files.Dispose();

    public static TheoryData<string> Commands => ["show", "run", "analyze", "explain", "forecast"];

    private static string[] ArgsFor(string command, string file) => command switch
    {
        "run" => ["run", file, "--runs", "20", "--in-process"],
        "analyze" => ["analyze", file, "--runs", "10"],
        _ => [command, file],
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void MarkupInAUnitALabelAndATitleIsPrintedLiterally(string command)
    {
        var text = _files.Seed
            .Replace("unit: {name: prisoners per side,", "unit: {name: \"[prisoners] per [/]side\",", StringComparison.Ordinal)
            .Replace("label: Ceasefire", "label: \"Ceasefire [red]now[/\"", StringComparison.Ordinal)
            .Replace("title: Russia-Ukraine direct talks, Istanbul, 16 May 2025", "title: \"[bold]Russia-Ukraine[ direct talks\"", StringComparison.Ordinal);
        var file = _files.Write("markup.yaml", text);

        var result = SimCli.Run(ArgsFor(command, file));

        Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}: {result.Err}");
        Assert.DoesNotContain("internal error", result.Err, StringComparison.Ordinal);
        if (command is "show" or "run" or "analyze" or "explain")
        {
            Assert.Contains("[bold]Russia-Ukraine[", result.Out, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void TerminalEscapeSequencesInScenarioTextNeverReachTheTerminal(string command)
    {
        var text = _files.Seed
            .Replace("title: Russia-Ukraine direct talks, Istanbul, 16 May 2025", "title: \"\\e[2J\\e]0;pwned\\u0007Russia-Ukraine direct talks\"", StringComparison.Ordinal)
            .Replace("label: Ceasefire", "label: \"Cease\\rfire\\e[31m\"", StringComparison.Ordinal)
            .Replace("name: Ukraine", "name: \"Ukr\\u009b2Jaine\"", StringComparison.Ordinal);
        var file = _files.Write("escapes.yaml", text);

        var result = SimCli.Run(ArgsFor(command, file));

        Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}: {result.Err}");
        Assert.DoesNotContain('\u001b', result.Out + result.Err);
        Assert.DoesNotContain('\u009b', result.Out + result.Err);
        Assert.DoesNotContain('\u0007', result.Out + result.Err);
        Assert.DoesNotContain('\r', result.Out + result.Err);
    }

    [Fact]
    public void EscapeSequencesInAnUnknownKeyAreEscapedInTheError()
    {
        var file = _files.SeedWith("title: Russia", "\"\\e[2Jkey\": 1\ntitle: Russia");

        var result = SimCli.Run("validate", file);

        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain('\u001b', result.Err);
        Assert.Contains("\\u001b[2Jkey", result.Err, StringComparison.Ordinal);
    }
}
