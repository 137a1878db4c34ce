using System.Security.Cryptography;
using System.Text;

namespace Simulator.Web.Classroom;

/// <summary>
/// Join codes and secret tokens. A token is the class code, a dot, and 256 random bits (base64url):
/// the code tells which class to ask, the random part is the secret; only its SHA-256 is stored.
/// </summary>
public static class ClassTokens
{
    public const int CodeLength = 6;
    private const string CodeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static string NewCode() => RandomNumberGenerator.GetString(CodeAlphabet, CodeLength);

    public static string NewToken(string code) => $"{code}.{Base64Url(RandomNumberGenerator.GetBytes(32))}";

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    /// <summary>The class a token names, or null when it is not shaped like one of ours.</summary>
    public static string? CodeOf(string? token)
    {
        if (token is null || token.Length > 100)
        {
            return null;
        }

        var dot = token.IndexOf('.', StringComparison.Ordinal);
        return dot == CodeLength && IsCode(token[..dot]) ? token[..dot] : null;
    }

    public static bool IsCode(string? code) => code is { Length: CodeLength } && code.All(c => CodeAlphabet.Contains(c, StringComparison.Ordinal));

    public static string Normalise(string? code) => (code ?? string.Empty).Trim().ToUpperInvariant();

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
