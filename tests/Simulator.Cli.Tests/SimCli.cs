using System.Diagnostics;

namespace Simulator.Cli.Tests;

/// <summary>Runs the real `sim` command (the built sim.dll beside the tests) from the repository root, as a user would.</summary>
internal static class SimCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static string RepositoryRoot => RepositoryFiles.Root;

    public static SimOutcome Run(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "sim.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start sim");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"sim {string.Join(' ', args)} did not finish within {Timeout}");
        }

        return new SimOutcome(process.ExitCode, stdout.Result, stderr.Result);
    }
}

/// <summary>What a `sim` invocation printed and returned.</summary>
internal sealed record SimOutcome(int ExitCode, string Out, string Err);
