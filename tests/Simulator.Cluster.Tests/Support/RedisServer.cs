namespace Simulator.Cluster.Tests.Support;

/// <summary>
/// Debian's redis-server on a free loopback port, without persistence, in a folder of its own;
/// shared by the tests of the collection (each test uses its own cluster id). A machine without
/// redis-server fails the tests with the command that installs it.
/// </summary>
public sealed class RedisServer : IAsyncLifetime
{
    public const string InstallHint = "redis-server is not installed: run 'apt-get install -y redis-server' (.ci/run does this when it is missing)";

    private ChildProcess? _process;
    private string? _folder;

    public int Port { get; private set; }

    public string Address => $"redis://127.0.0.1:{Port}";

    public static string? Executable() =>
        new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists)
        ?? (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => System.IO.Path.Combine(d, "redis-server")).FirstOrDefault(File.Exists);

    public async Task InitializeAsync()
    {
        var executable = Executable() ?? throw new InvalidOperationException(InstallHint);
        _folder = Directory.CreateTempSubdirectory("sim-redis-").FullName;
        Port = FreePorts.Next();
        _process = ChildProcess.Start(executable, ["--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", _folder], _folder);
        await _process.WaitForLine(l => l.Contains("Ready to accept connections", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
    }

    public Task DisposeAsync()
    {
        _process?.Dispose();
        if (_folder is not null && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        return Task.CompletedTask;
    }
}
