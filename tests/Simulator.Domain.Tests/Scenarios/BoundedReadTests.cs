using System.Diagnostics;
using Simulator.Domain.Scenarios.Loading;

namespace Simulator.Domain.Tests.Scenarios;

/// <summary>Files are read with the 1 MiB bound enforced while reading; devices, pipes, folders and bad names are refused cleanly.</summary>
public sealed class BoundedReadTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"sim-read-{Guid.NewGuid():N}");

    public BoundedReadTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/urandom")]
    [InlineData("/dev/null")]
    public void DeviceFileIsRefusedWithoutReadingIt(string device)
    {
        var ex = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(device));

        Assert.Contains("a device, a pipe or another special file", Assert.Single(ex.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DeviceAsABaseIsRefusedAtTheBaseLine()
    {
        var overlay = Path.Combine(_directory, "over.yaml");
        File.WriteAllText(overlay, "title: x\nbase: zero.yaml\n");
        File.CreateSymbolicLink(Path.Combine(_directory, "zero.yaml"), "/dev/zero");

        var ex = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(overlay, baseRoot: "/"));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(2, error.Line);
        Assert.Contains("special file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FifoIsRefusedInsteadOfBlocking()
    {
        var fifo = Path.Combine(_directory, "pipe.yaml");
        using (var mkfifo = Process.Start("mkfifo", fifo))
        {
            Assert.True(mkfifo.WaitForExit(10_000), "mkfifo did not finish");
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var ex = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(fifo));

        Assert.Contains("special file", Assert.Single(ex.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StreamLongerThanTheLimitIsCutOffWhileReading()
    {
        using var endless = new EndlessStream();

        var ex = Assert.Throws<ScenarioException>(() => ScenarioFileReader.ReadBounded(endless, "<stdin>"));

        Assert.Contains("larger than 1024 KiB", Assert.Single(ex.Errors).Message, StringComparison.Ordinal);
        Assert.InRange(endless.BytesRead, 1024 * 1024, (1024 * 1024) + 1);
    }

    [Fact]
    public void InvalidUtf8IsAnErrorAtItsLine()
    {
        var path = Path.Combine(_directory, "latin1.yaml");
        File.WriteAllBytes(path, [.. "id: a\ntitle: "u8, 0xE9, (byte)'\n']);

        var ex = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path));

        var error = Assert.Single(ex.Errors);
        Assert.Contains("not UTF-8", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.Line);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void EmptyFileArgumentIsAClearError(string path)
    {
        var ex = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path));

        Assert.Contains("argument is empty", Assert.Single(ex.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NulInTheFileNameIsAClearError()
    {
        var ex = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load("a\0b.yaml"));

        var error = Assert.Single(ex.Errors);
        Assert.Contains("control character", error.Message, StringComparison.Ordinal);
        Assert.Equal("a\\u0000b.yaml", error.File);
    }

    [Fact]
    public void FolderIsRefused()
    {
        var ex = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(_directory));

        Assert.Contains("is a folder", Assert.Single(ex.Errors).Message, StringComparison.Ordinal);
    }

    /// <summary>Like /dev/zero: never ends, reports no length.</summary>
    private sealed class EndlessStream : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)'a', offset, count);
            BytesRead += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
