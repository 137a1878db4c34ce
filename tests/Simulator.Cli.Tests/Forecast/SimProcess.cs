using System.Diagnostics;

namespace Simulator.Cli.Tests.Forecast;

/// <summary>Runs the real `sim` (the built sim.dll next to the tests) in a child process.</summary>
internal static class SimProcess
{
    public static (int ExitCode, string Out, string Error) Run(params string[] args)
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var start = new ProcessStartInfo(host)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryRoot(),
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "sim.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill();
            throw new TimeoutException("sim did not finish within two minutes");
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Simulator.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Simulator.sln not found");
    }

    public static string Oracle(string folder, string file) =>
        Path.Combine(RepositoryRoot(), "tests", "Simulator.Domain.Tests", "Oracles", folder, file);
}
