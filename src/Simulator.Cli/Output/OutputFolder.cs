namespace Simulator.Cli.Output;

/// <summary>
/// An --out folder held for one command while it writes its set of files, so two commands writing
/// the same folder never mix their files: the second waits (bounded) until the first has written
/// its whole set, then writes its own. The lock is an exclusive lock on `.sim-lock` in the folder
/// (advisory, released when the process ends however it ends).
/// </summary>
public sealed class OutputFolder : IDisposable
{
    public const string LockFileName = ".sim-lock";

    /// <summary>How long a command waits for another one writing the same folder.</summary>
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    private readonly FileStream _lock;

    private OutputFolder(string path, FileStream lockStream)
    {
        Path = path;
        _lock = lockStream;
    }

    /// <summary>The folder's full path.</summary>
    public string Path { get; }

    /// <summary>Creates the folder a single output file goes into (`report --out FILE`), as `run --out DIR` does for its folder.</summary>
    public static void EnsureFor(string file)
    {
        var folder = System.IO.Path.GetDirectoryName(AtomicFile.FullPath(file));
        if (string.IsNullOrEmpty(folder))
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UserInputException($"--out {ConsoleText.Plain(file)}: cannot create the folder '{ConsoleText.Plain(folder)}': {ConsoleText.Plain(ex.Message)}", ex);
        }
    }

    /// <summary>Creates the folder if need be and takes its lock, waiting at most <paramref name="maxWait"/> (default 30 s) for another writer.</summary>
    public static OutputFolder Open(string directory, TimeSpan? maxWait = null)
    {
        var patience = maxWait ?? MaxWait;
        var full = AtomicFile.FullPath(directory);
        try
        {
            Directory.CreateDirectory(full);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UserInputException($"cannot create output folder '{ConsoleText.Plain(directory)}': {ConsoleText.Plain(ex.Message)}", ex);
        }

        var lockPath = System.IO.Path.Combine(full, LockFileName);
        if (new FileInfo(lockPath).LinkTarget is not null)
        {
            throw new UserInputException($"'{ConsoleText.Plain(lockPath)}' is a symbolic link; remove it (sim keeps its lock file there).");
        }

        var waited = System.Diagnostics.Stopwatch.StartNew();
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new OutputFolder(full, new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (UnauthorizedAccessException ex)
            {
                throw new UserInputException($"cannot write into '{ConsoleText.Plain(directory)}': {ConsoleText.Plain(ex.Message)}", ex);
            }
            catch (IOException ex) when (waited.Elapsed < patience && attempt < patience / Poll)
            {
                _ = ex;
                Thread.Sleep(Poll);
            }
            catch (IOException ex)
            {
                throw new UserInputException(
                    $"another sim command has been writing into '{ConsoleText.Plain(directory)}' for over {patience.TotalSeconds:0} s ({ConsoleText.Plain(ex.Message)}); wait for it or choose another --out folder.", ex);
            }
        }
    }

    /// <summary>Writes one text file of the set.</summary>
    public void WriteText(string name, string content) => AtomicFile.WriteText(System.IO.Path.Combine(Path, name), content);

    /// <summary>Writes one binary file (a chart) of the set.</summary>
    public void WriteBytes(string name, byte[] bytes) => AtomicFile.WriteBytes(System.IO.Path.Combine(Path, name), bytes);

    public void Dispose() => _lock.Dispose();
}
