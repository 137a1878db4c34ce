using System.Text;
using System.Text.RegularExpressions;

namespace Simulator.Domain.Scenarios.Loading.Yaml;

/// <summary>
/// Writes a <see cref="YNode"/> tree back as block-style YAML that reads back to the same tree:
/// strings double-quoted, numbers, booleans and nulls as they were written.
/// </summary>
internal static partial class YamlEmitter
{
    /// <summary>
    /// YAML allows an implicit key (`key: value`) of at most 1024 characters; longer keys, which the
    /// reader accepts in the explicit form (`? key`), are written that way so the output reads back.
    /// </summary>
    private const int MaxImplicitKeyLength = 1000;

    public static string Emit(YNode root, string? headerComment = null)
    {
        var text = new StringBuilder();
        if (headerComment is not null)
        {
            foreach (var line in headerComment.Split('\n'))
            {
                text.Append("# ").Append(line.TrimEnd('\r')).Append('\n');
            }
        }

        switch (root)
        {
            case YMapping { Entries.Count: > 0 } map:
                WriteMapping(text, map, 0);
                break;
            case YSequence { Items.Count: > 0 } seq:
                WriteSequence(text, seq, 0);
                break;
            default:
                text.Append(Inline(root)).Append('\n');
                break;
        }

        return text.ToString();
    }

    private static void WriteMapping(StringBuilder text, YMapping map, int indent)
    {
        foreach (var entry in map.Entries)
        {
            var key = Key(entry.Key);
            if (key.Length > MaxImplicitKeyLength)
            {
                text.Append(' ', indent).Append("? ").Append(key).Append('\n').Append(' ', indent).Append(':');
            }
            else
            {
                text.Append(' ', indent).Append(key).Append(':');
            }

            WriteValue(text, entry.Value, indent);
        }
    }

    private static void WriteSequence(StringBuilder text, YSequence seq, int indent)
    {
        foreach (var item in seq.Items)
        {
            text.Append(' ', indent).Append('-');
            WriteValue(text, item, indent);
        }
    }

    private static void WriteValue(StringBuilder text, YNode value, int indent)
    {
        switch (value)
        {
            case YMapping { Entries.Count: > 0 } map:
                text.Append('\n');
                WriteMapping(text, map, indent + 2);
                break;
            case YSequence { Items.Count: > 0 } seq:
                text.Append('\n');
                WriteSequence(text, seq, indent + 2);
                break;
            default:
                text.Append(' ').Append(Inline(value)).Append('\n');
                break;
        }
    }

    private static string Inline(YNode node) => node switch
    {
        YMapping => "{}",
        YSequence => "[]",
        YScalar { Kind: ScalarKind.String } s => Quote(s.Text),
        YScalar { Kind: ScalarKind.Null } => "null",
        YScalar s => s.Text,
        _ => "null",
    };

    private static string Key(string key) => PlainKey().IsMatch(key) && ScalarTyping.Classify(key) == ScalarKind.String ? key : Quote(key);

    private static string Quote(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    text.Append("\\\"");
                    break;
                case '\\':
                    text.Append("\\\\");
                    break;
                case '\n':
                    text.Append("\\n");
                    break;
                case '\t':
                    text.Append("\\t");
                    break;
                case < ' ' or '\u007f' or '\u0085' or '\u2028' or '\u2029' or '\ufeff':
                    text.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }

        return text.Append('"').ToString();
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex PlainKey();
}
