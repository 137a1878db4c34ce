using System.Reflection.PortableExecutable;

namespace Simulator.Cli.Execution;

/// <summary>
/// Which managed assemblies of a folder are ReadyToRun images (precompiled to native code, so the
/// runtime JIT-compiles only what the images leave out). `sim bench --end-to-end` reports it, so a
/// figure measured on an IL-only build is not taken for the Release build's.
/// </summary>
internal static class ReadyToRunImages
{
    /// <summary>True when <paramref name="path"/> is a managed assembly carrying ReadyToRun code.</summary>
    public static bool IsPrecompiled(string path) => Inspect(path) == Kind.Precompiled;

    /// <summary>How many of the managed assemblies (*.dll) in <paramref name="directory"/> are precompiled, of how many.</summary>
    public static (int Precompiled, int Managed) Count(string directory)
    {
        var precompiled = 0;
        var managed = 0;
        foreach (var file in Directory.EnumerateFiles(directory, "*.dll"))
        {
            switch (Inspect(file))
            {
                case Kind.Precompiled:
                    precompiled++;
                    managed++;
                    break;
                case Kind.IntermediateLanguage:
                    managed++;
                    break;
            }
        }

        return (precompiled, managed);
    }

    private enum Kind
    {
        NotManaged,
        IntermediateLanguage,
        Precompiled,
    }

    private static Kind Inspect(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var pe = new PEReader(stream);
            var cor = pe.PEHeaders.CorHeader;
            // A ReadyToRun image points its CLI header's managed-native header at the native code's table.
            return cor is null ? Kind.NotManaged
                : cor.ManagedNativeHeaderDirectory.Size > 0 ? Kind.Precompiled
                : Kind.IntermediateLanguage;
        }
        catch (BadImageFormatException)
        {
            return Kind.NotManaged;
        }
    }
}
