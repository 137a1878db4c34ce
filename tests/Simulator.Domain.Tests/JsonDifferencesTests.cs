namespace Simulator.Domain.Tests;

public sealed class JsonDifferencesTests
{
    [Fact]
    public void Equal_documents_have_no_difference()
    {
        Assert.Empty(JsonDifferences.Between("""{"a": [1, {"b": "x"}]}""", """{ "a" : [ 1, { "b" : "x" } ] }"""));
    }

    [Fact]
    public void A_difference_names_its_path_and_both_values()
    {
        var differences = JsonDifferences.Between(
            """{"issues": [{"id": "a", "mean": 1.5}, {"id": "b", "mean": 2}], "gone": true}""",
            """{"issues": [{"id": "a", "mean": 1.25}], "added": 3}""");
        Assert.Equal(
            [
                "$.issues[0].mean: expected 1.5, actual 1.25",
                "$.issues[1]: expected {\"id\":\"b\",\"mean\":2}, actual array ends",
                "$.gone: expected true, actual has no such key",
                "$.added: not expected, actual 3",
            ],
            differences);
    }
}
