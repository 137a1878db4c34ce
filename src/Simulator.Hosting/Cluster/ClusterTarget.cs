using System.Globalization;

namespace Simulator.Hosting.Cluster;

/// <summary>
/// Where a real cluster keeps its membership and grain state: a Redis server, written
/// `redis://HOST:PORT` (the form of `--cluster` and `SIM_CLUSTER`).
/// </summary>
public sealed record ClusterTarget(string Host, int Port)
{
    public const string EnvironmentVariable = "SIM_CLUSTER";
    public const string Scheme = "redis://";
    public const string Example = "redis://127.0.0.1:6379";

    /// <summary>The StackExchange.Redis endpoint, HOST:PORT.</summary>
    public string Endpoint => string.Create(CultureInfo.InvariantCulture, $"{Host}:{Port}");

    public override string ToString() => Scheme + Endpoint;

    /// <summary>Parses `redis://HOST:PORT`; on failure <paramref name="error"/> says what is wrong and how to write it.</summary>
    public static bool TryParse(string? text, out ClusterTarget? target, out string error)
    {
        target = null;
        error = "";
        var given = text?.Trim() ?? "";
        if (!given.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            error = $"'{given}' is not a cluster address; write {Scheme}HOST:PORT, e.g. {Example}";
            return false;
        }

        var rest = given[Scheme.Length..].TrimEnd('/');
        var colon = rest.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(rest[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            error = $"'{given}' has no valid port (1-65535); write {Scheme}HOST:PORT, e.g. {Example}";
            return false;
        }

        var host = rest[..colon].Trim('[', ']');
        if (host.Length == 0 || host.Any(c => char.IsWhiteSpace(c) || c is '/' or '@' or '?' or '#'))
        {
            error = $"'{given}' has no valid host; write {Scheme}HOST:PORT, e.g. {Example}";
            return false;
        }

        target = new ClusterTarget(host, port);
        return true;
    }

    public static ClusterTarget Parse(string text) =>
        TryParse(text, out var target, out var error) ? target! : throw new FormatException(error);
}
