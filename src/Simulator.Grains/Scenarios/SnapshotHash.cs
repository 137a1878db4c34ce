using System.Security.Cryptography;
using System.Text;

namespace Simulator.Grains.Scenarios;

/// <summary>A stable content hash of a scenario snapshot (SHA-256, lower-case hex): the same on every silo and every run.</summary>
public static class SnapshotHash
{
    public static string Of(string snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(snapshot)));
    }
}
