using System.Globalization;
using System.Text;

namespace Simulator.Domain.Scenarios.Loading;

/// <summary>
/// Makes text from a scenario (or a file name) safe to print: control characters, bidirectional
/// overrides and other invisible format characters become visible `\uXXXX` escapes, so a key like
/// "\e[2J" cannot clear a terminal or hide what follows. Errors quote user text only as a short
/// excerpt, so a file read by mistake is never echoed back whole.
/// </summary>
public static class SafeText
{
    /// <summary>How many characters of the user's text an error message quotes at most.</summary>
    public const int ExcerptLength = 48;

    /// <summary>The text with every control or format character escaped; line feeds and tabs too unless <paramref name="keepLineBreaks"/>.</summary>
    public static string Printable(string? text, bool keepLineBreaks = false)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        if (!text.Any(c => NeedsEscape(c, keepLineBreaks)))
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (NeedsEscape(c, keepLineBreaks))
            {
                result.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    /// <summary>At most <see cref="ExcerptLength"/> characters of the text, escaped, with "…" when cut.</summary>
    public static string Excerpt(string? text, int maxLength = ExcerptLength)
    {
        var printable = Printable(text);
        return printable.Length <= maxLength ? printable : string.Concat(printable.AsSpan(0, maxLength), "…");
    }

    private static bool NeedsEscape(char c, bool keepLineBreaks)
    {
        if (c is '\n' or '\t')
        {
            return !keepLineBreaks;
        }

        if (char.IsSurrogate(c))
        {
            return false;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned;
    }
}
