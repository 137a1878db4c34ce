using Simulator.Cli.Execution;

namespace Simulator.Cli.Tests.Execution;

/// <summary>
/// The end-to-end bench says how many of the build's assemblies are ReadyToRun images; the shared
/// framework's core library always is one, a Debug build of our own code never is.
/// </summary>
public sealed class ReadyToRunImagesTests
{
    [Fact]
    public void The_shared_frameworks_core_library_is_precompiled()
    {
        Assert.True(ReadyToRunImages.IsPrecompiled(typeof(object).Assembly.Location));
    }

    [Fact]
    public void An_assembly_compiled_to_il_only_is_not_precompiled()
    {
        // The test project is never ReadyToRun-compiled, whatever the configuration.
        Assert.False(ReadyToRunImages.IsPrecompiled(typeof(ReadyToRunImagesTests).Assembly.Location));
    }

    [Fact]
    public void Count_takes_only_managed_assemblies_and_tells_the_precompiled_ones_apart()
    {
        var dir = Directory.CreateTempSubdirectory("r2r-count-");
        try
        {
            File.Copy(typeof(object).Assembly.Location, Path.Combine(dir.FullName, "core.dll"));
            File.Copy(typeof(ReadyToRunImagesTests).Assembly.Location, Path.Combine(dir.FullName, "tests.dll"));
            File.WriteAllText(Path.Combine(dir.FullName, "native.dll"), "not a PE file");
            File.WriteAllText(Path.Combine(dir.FullName, "notes.txt"), "ignored");

            Assert.Equal((1, 2), ReadyToRunImages.Count(dir.FullName));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
