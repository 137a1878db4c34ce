using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Simulator.Domain.Scenarios.Loading.Yaml;

/// <summary>
/// Reads one YAML document into a <see cref="YNode"/> tree from parser events, so that we keep
/// every node's position, catch duplicate keys, and refuse deep nesting, alias bombs, unknown
/// tags and huge input before they cost anything.
/// </summary>
internal sealed class YamlTreeReader
{
    private static readonly HashSet<string> StandardTags =
    [
        "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
        "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null", "tag:yaml.org,2002:map",
        "tag:yaml.org,2002:seq", "!",
    ];

    private readonly string _file;
    private readonly IParser _parser;
    private readonly Dictionary<string, YNode> _anchors = new(StringComparer.Ordinal);
    private int _nodes;
    private SourceMark _lastMark;

    private YamlTreeReader(string file, IParser parser)
    {
        _file = file;
        _parser = parser;
        _lastMark = new SourceMark(file, 1, 1);
    }

    /// <summary>Parses <paramref name="text"/>; throws <see cref="ScenarioException"/> on anything it cannot accept.</summary>
    public static YNode Read(string text, string file)
    {
        if (text.Length > YamlLimits.MaxBytes || System.Text.Encoding.UTF8.GetByteCount(text) > YamlLimits.MaxBytes)
        {
            throw new ScenarioException(new ScenarioError(
                file, 1, 1, $"the file is larger than {YamlLimits.MaxBytes / 1024} KiB; refusing to read it",
                "a scenario is a few hundred lines; check that this is the file you meant"));
        }

        var reader = new YamlTreeReader(file, new Parser(new StringReader(text)));
        try
        {
            return reader.ReadStream();
        }
        catch (YamlException ex)
        {
            throw new ScenarioException(new ScenarioError(
                file, (int)ex.Start.Line, (int)ex.Start.Column, $"YAML syntax error: {Simplify(ex.Message)}",
                "check the indentation and the quoting on this line and the one above"));
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException or FormatException or OverflowException)
        {
            // YamlDotNet's scanner throws these on some malformed input instead of a YamlException.
            throw new ScenarioException(reader._lastMark.Error(
                "YAML syntax error: the parser could not read past this point",
                "look for an unclosed bracket, brace or quote after this position"));
        }
    }

    private static string Simplify(string message)
    {
        // YamlDotNet prefixes messages with the position, which we print ourselves.
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line", StringComparison.Ordinal) && close > 0 ? message[(close + 3)..] : message;
    }

    private SourceMark MarkOf(ParsingEvent e)
    {
        _lastMark = new SourceMark(_file, (int)e.Start.Line, (int)e.Start.Column);
        return _lastMark;
    }

    private YNode ReadStream()
    {
        _parser.Consume<StreamStart>();
        if (_parser.Accept<StreamEnd>(out var end))
        {
            throw new ScenarioException(MarkOf(end).Error("the file is empty", "a scenario starts with 'id:', 'title:' and 'issues:'"));
        }

        _parser.Consume<DocumentStart>();
        var root = ReadNode(1);
        _parser.Consume<DocumentEnd>();
        if (_parser.Accept<DocumentStart>(out var second))
        {
            throw new ScenarioException(MarkOf(second).Error(
                "a scenario file holds exactly one YAML document", "remove the '---' separator and everything after it"));
        }

        _parser.Consume<StreamEnd>();
        return root;
    }

    private YNode ReadNode(int depth)
    {
        var current = _parser.Current ?? throw new ScenarioException(new ScenarioError(_file, 1, 1, "unexpected end of the YAML stream"));
        if (depth > YamlLimits.MaxDepth)
        {
            throw new ScenarioException(MarkOf(current).Error(
                $"the YAML is nested deeper than {YamlLimits.MaxDepth} levels; refusing to read it",
                "a scenario needs fewer than 10 levels; check for runaway indentation or brackets"));
        }

        if (current is AnchorAlias alias)
        {
            _parser.MoveNext();
            return ResolveAlias(alias, depth);
        }

        if (current is NodeEvent node)
        {
            CheckTag(node);
        }

        YNode result = current switch
        {
            Scalar scalar => ReadScalar(scalar),
            SequenceStart => ReadSequence(depth),
            MappingStart => ReadMapping(depth),
            _ => throw new ScenarioException(MarkOf(current).Error($"unexpected YAML construct '{current.GetType().Name}'")),
        };

        Count(1, current);
        if (current is NodeEvent { Anchor.IsEmpty: false } anchored)
        {
            _anchors[anchored.Anchor.Value] = result;
        }

        return result;
    }

    private YScalar ReadScalar(Scalar scalar)
    {
        _parser.MoveNext();
        var quoted = scalar.Style is not ScalarStyle.Plain || (!scalar.Tag.IsEmpty && scalar.Tag.Value == "tag:yaml.org,2002:str");
        return new YScalar(MarkOf(scalar), scalar.Value, quoted);
    }

    private YSequence ReadSequence(int depth)
    {
        var start = _parser.Consume<SequenceStart>();
        var items = new List<YNode>();
        while (!_parser.TryConsume<SequenceEnd>(out _))
        {
            items.Add(ReadNode(depth + 1));
        }

        return new YSequence(MarkOf(start), items);
    }

    private YMapping ReadMapping(int depth)
    {
        var start = _parser.Consume<MappingStart>();
        var entries = new List<YEntry>();
        var seen = new Dictionary<string, SourceMark>(StringComparer.Ordinal);
        while (!_parser.TryConsume<MappingEnd>(out _))
        {
            var keyEvent = _parser.Current!;
            var key = ReadNode(depth + 1);
            if (key is not YScalar keyScalar)
            {
                throw new ScenarioException(key.Mark.Error("a mapping key must be a plain name, not a list or a mapping"));
            }

            var value = ReadNode(depth + 1);
            if (seen.TryGetValue(keyScalar.Text, out var first))
            {
                throw new ScenarioException(keyScalar.Mark.Error(
                    $"duplicate key '{SafeText.Excerpt(keyScalar.Text)}' (first defined at line {first.Line})",
                    "each id and key may appear once in a mapping; merge the two entries or rename one"));
            }

            seen[keyScalar.Text] = MarkOf(keyEvent);
            entries.Add(new YEntry(keyScalar.Text, keyScalar.Mark, value));
        }

        return new YMapping(MarkOf(start), entries);
    }

    private YNode ResolveAlias(AnchorAlias alias, int depth)
    {
        if (!_anchors.TryGetValue(alias.Value.Value, out var target))
        {
            throw new ScenarioException(MarkOf(alias).Error($"unknown alias '*{alias.Value.Value}'", "define the anchor '&name' before using '*name'"));
        }

        if (depth + target.Depth - 1 > YamlLimits.MaxDepth)
        {
            throw new ScenarioException(MarkOf(alias).Error(
                $"the YAML is nested deeper than {YamlLimits.MaxDepth} levels once aliases are expanded; refusing to read it"));
        }

        Count(target.Size, alias);
        return target;
    }

    private void Count(int nodes, ParsingEvent at)
    {
        _nodes += nodes;
        if (_nodes > YamlLimits.MaxNodes)
        {
            throw new ScenarioException(MarkOf(at).Error(
                $"the YAML expands to more than {YamlLimits.MaxNodes:N0} nodes (an alias bomb?); refusing to read it",
                "a scenario needs a few thousand nodes; avoid aliases that repeat large blocks"));
        }
    }

    private void CheckTag(NodeEvent node)
    {
        if (node.Tag.IsEmpty || node.Tag.IsNonSpecific || StandardTags.Contains(node.Tag.Value))
        {
            return;
        }

        throw new ScenarioException(MarkOf(node).Error(
            $"unknown YAML tag '{node.Tag.Value}'", "scenarios use plain YAML; remove the '!' tag"));
    }
}
