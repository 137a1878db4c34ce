using System.Text;
using static Simulator.Domain.Tests.Scenarios.ErrorAssertions;

namespace Simulator.Domain.Tests.Scenarios;

/// <summary>Hostile YAML is refused with a clear message, never a hang or a crash.</summary>
public sealed class HostileInputTests
{
    [Fact]
    public void FileOverOneMebibyteIsRefused()
    {
        var text = "id: big\ndescription: \"" + new string('x', 1024 * 1024) + "\"\n";

        var error = Single(text, "larger than 1024 KiB");

        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void DeepNestingIsRefused()
    {
        var text = "id: " + new string('[', 5000) + new string(']', 5000) + "\n";

        var error = Single(text, "nested deeper than 64 levels");

        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void DeepBlockNestingIsRefused()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 100; i++)
        {
            text.Append(' ', i).Append('k').Append(i).Append(":\n");
        }

        var error = Single(text.ToString(), "nested deeper than 64 levels");

        Assert.InRange(error.Line, 60, 70);
    }

    [Fact]
    public void AliasBombIsRefused()
    {
        var text = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 10; i++)
        {
            var previous = $"*a{i - 1}";
            text.Append($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat(previous, 10))}]\n");
        }

        var error = Single(text.ToString(), "more than 100,000 nodes");

        Assert.InRange(error.Line, 2, 10);
    }

    [Fact]
    public void UnknownTagIsRefused()
    {
        var text = "id: mini\ntitle: !!python/object:os.system echo\n";

        var error = Single(text, "unknown YAML tag");

        At(error, 2, 8);
    }

    [Fact]
    public void SecondDocumentIsRefused()
    {
        var error = Single("id: a\n---\nid: b\n", "exactly one YAML document");

        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void UndefinedAliasIsAnError()
    {
        var error = Single("id: *nowhere\n", "");

        Assert.Equal(1, error.Line);
    }
}
