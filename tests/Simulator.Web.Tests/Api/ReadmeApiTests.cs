using System.Text.RegularExpressions;
using Simulator.Web.Tests.Support;

namespace Simulator.Web.Tests.Api;

/// <summary>The README's "Running a class" promises an API; every call it lists is in the served OpenAPI document.</summary>
public sealed partial class ReadmeApiTests(ClassroomFactory factory) : IClassFixture<ClassroomFactory>
{
    [Fact]
    public async Task Every_call_the_readme_lists_is_in_the_openapi_document()
    {
        var readme = await File.ReadAllTextAsync(RepositoryFiles.PathOf("README.md"));
        var start = readme.IndexOf("### The classroom API", StringComparison.Ordinal);
        Assert.True(start >= 0, "README has no 'The classroom API' section");
        var section = readme[start..readme.IndexOf("\n## ", start, StringComparison.Ordinal)];
        var doc = await factory.CreateClient().GetStringAsync("/openapi/v1.json");

        var paths = new List<string>();
        foreach (Match m in Call().Matches(section))
        {
            var path = m.Groups["path"].Value;
            var alternatives = path.Split("\\|");
            var stem = alternatives[0][..(alternatives[0].LastIndexOf('/') + 1)];
            paths.AddRange(alternatives.Select((a, k) => k == 0 ? a : stem + a));
        }

        Assert.True(paths.Count >= 8, $"found only {paths.Count} calls in the README");
        foreach (var path in paths)
        {
            Assert.Contains($"\"{path}\"", doc, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex(@"`(?:GET|POST) (?<path>/api/classes[^ `]*)")]
    private static partial Regex Call();
}
