using Simulator.Domain.Scenarios.Loading;

namespace Simulator.Domain.Tests.Scenarios;

/// <summary>Loads text that must fail and finds the error a test expects.</summary>
internal static class ErrorAssertions
{
    public static IReadOnlyList<ScenarioError> ErrorsOf(string text, IReadOnlyList<string>? sets = null)
    {
        var ex = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadText(text, "test.yaml", sets));
        Assert.NotEmpty(ex.Errors);
        return ex.Errors;
    }

    public static ScenarioError Single(string text, string messagePart, IReadOnlyList<string>? sets = null)
    {
        var errors = ErrorsOf(text, sets);
        var matching = errors.Where(e => e.Message.Contains(messagePart, StringComparison.Ordinal)).ToList();
        Assert.True(matching.Count == 1, $"expected one error containing '{messagePart}', got:\n{string.Join("\n", errors)}");
        return matching[0];
    }

    public static void At(ScenarioError error, int line, int? column = null, string file = "test.yaml")
    {
        Assert.Equal(file, error.File);
        Assert.Equal(line, error.Line);
        if (column is { } c)
        {
            Assert.Equal(c, error.Column);
        }

        Assert.False(string.IsNullOrWhiteSpace(error.Hint), $"no hint for: {error.Message}");
    }
}
