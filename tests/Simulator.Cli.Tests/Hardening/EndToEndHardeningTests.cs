using System.Diagnostics;
using Simulator.Cli.Tests.Forecast;

namespace Simulator.Cli.Tests.Hardening;

/// <summary>What only a real process shows: standard output on a full device, standard input read with `-`.</summary>
public sealed class EndToEndHardeningTests
{
    private static (int ExitCode, string Out, string Err) Sim(string shellRedirect, string? input, params string[] args)
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var command = string.Join(' ', new[] { host, Path.Combine(AppContext.BaseDirectory, "sim.dll") }.Concat(args).Select(a => $"'{a}'")) + " " + shellRedirect;
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = SimProcess.RepositoryRoot(),
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            if (input is not null)
            {
                process.StandardInput.Write(input);
            }

            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The command stopped reading (it refused the input): what it printed says why.
        }

        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"sim {string.Join(' ', args)} did not finish within two minutes");
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    [Theory]
    [InlineData("show", "scenarios/istanbul-2025-05-16.yaml")]
    [InlineData("validate", "scenarios/istanbul-2025-05-16.yaml")]
    public void FullDeviceAsStandardOutputIsAMessageAndExitOne(string command, string file)
    {
        var (exit, _, err) = Sim("> /dev/full", null, command, file);

        Assert.Equal(1, exit);
        Assert.Contains("sim: cannot write the output", err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
    }

    [Fact]
    public void DashReadsTheScenarioFromStandardInput()
    {
        var yaml = File.ReadAllText(Path.Combine(SimProcess.RepositoryRoot(), "seeds", "istanbul-2025-05-16.yaml"));

        var (exit, output, err) = Sim("", yaml, "validate", "-");

        Assert.True(exit == 0, err);
        Assert.Contains("-: ok", output, StringComparison.Ordinal);
    }

    [Fact]
    public void EndlessStandardInputIsCutOffAtTheLimit()
    {
        var (exit, _, err) = Sim("< /dev/zero", null, "validate", "-");

        Assert.Equal(2, exit);
        Assert.Contains("larger than 1024 KiB", err, StringComparison.Ordinal);
    }
}
