using Simulator.Domain.Scenarios.Loading;

namespace Simulator.Domain.Tests.Scenarios;

/// <summary>
/// Scenarios uploaded to the classroom server: `base:` may only name a shipped scenario by id,
/// errors point into the upload, and nothing of any other file is echoed back.
/// </summary>
public sealed class UploadedScenarioTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"sim-upload-{Guid.NewGuid():N}");
    private readonly Dictionary<string, string> _shipped;

    public UploadedScenarioTests()
    {
        Directory.CreateDirectory(_directory);
        _shipped = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["istanbul-2025-05-16"] = RepositoryFiles.PathOf("scenarios/istanbul-2025-05-16.yaml"),
            ["what-if-putin-attends"] = RepositoryFiles.PathOf("scenarios/what-if-putin-attends.yaml"),
        };
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData("istanbul-2025-05-16")]
    [InlineData("istanbul-2025-05-16.yaml")]
    public void UploadBuildsOnAShippedScenarioById(string baseName)
    {
        var resolved = ScenarioLoader.LoadUploaded($"base: {baseName}\ntitle: Class what-if\n", "group-3.yaml", _shipped);

        Assert.Equal("Class what-if", resolved.Scenario.Title);
        Assert.Equal("istanbul-2025-05-16", resolved.Scenario.Id);
        Assert.DoesNotContain("base:", resolved.Yaml, StringComparison.Ordinal);
        Assert.Equal(resolved.Scenario.Title, ScenarioLoader.LoadText(resolved.Yaml, "snapshot").Title);
    }

    [Fact]
    public void UploadGivesTheSameScenarioAsTheShippedFileLoadedFromDisk()
    {
        var text = File.ReadAllText(_shipped["what-if-putin-attends"]);

        var uploaded = ScenarioLoader.LoadUploaded(text, "putin.yaml", _shipped);
        var loaded = ScenarioLoader.LoadResolved(_shipped["what-if-putin-attends"]);

        Assert.Equal(loaded.Yaml[loaded.Yaml.IndexOf('\n')..], uploaded.Yaml[uploaded.Yaml.IndexOf('\n')..]);
    }

    [Theory]
    [InlineData("../scenarios/istanbul-2025-05-16.yaml")]
    [InlineData("/etc/passwd")]
    [InlineData("scenarios/istanbul-2025-05-16.yaml")]
    [InlineData("..\\\\istanbul-2025-05-16.yaml")]
    public void UploadBaseThatIsAPathIsRefusedAtItsLine(string baseName)
    {
        var ex = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadUploaded($"# mine\ntitle: x\nbase: \"{baseName}\"\n", "mine.yaml", _shipped));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(("mine.yaml", 3, 7), (error.File, error.Line, error.Column));
        Assert.Contains("is a path", error.Message, StringComparison.Ordinal);
        Assert.Contains("istanbul-2025-05-16", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void UploadBaseThatIsNotShippedSuggestsTheClosestId()
    {
        var ex = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadUploaded("base: istanbul-2025-05-17\n", "mine.yaml", _shipped));

        var error = Assert.Single(ex.Errors);
        Assert.Equal((1, 7), (error.Line, error.Column));
        Assert.Contains("not a shipped scenario", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("did you mean 'istanbul-2025-05-16'?", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void UploadNeverReadsAFileThatIsNotShipped()
    {
        var secret = Path.Combine(_directory, "secret.yaml");
        File.WriteAllText(secret, "password_hash: not-for-students\n");

        var byPath = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadUploaded($"base: {secret}\n", "mine.yaml", _shipped));
        var byName = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadUploaded("base: secret.yaml\n", "mine.yaml", _shipped));

        Assert.All(byPath.Errors.Concat(byName.Errors), e => Assert.DoesNotContain("password", e.ToString(), StringComparison.Ordinal));
        Assert.Contains("is a path", Assert.Single(byPath.Errors).Message, StringComparison.Ordinal);
        Assert.Contains("not a shipped scenario", Assert.Single(byName.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UploadOverTheSizeLimitIsRefused()
    {
        var text = "id: big\ndescription: \"" + new string('x', 1024 * 1024) + "\"\n";

        var ex = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadUploaded(text, "big.yaml", _shipped));

        Assert.Contains("larger than 1024 KiB", Assert.Single(ex.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UploadErrorsQuoteOnlyAShortEscapedExcerpt()
    {
        var longKey = "k" + new string('x', 5000);
        var text = $"base: istanbul-2025-05-16\n? {longKey}\n: 1\n\"\\e[2J\": 2\n";

        var ex = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadUploaded(text, "mine\u001b[2J.yaml", _shipped));

        Assert.All(ex.Errors, e =>
        {
            Assert.True(e.ToString().Length < 600, $"error too long: {e.ToString().Length} characters");
            Assert.DoesNotContain('\u001b', e.ToString());
        });
        Assert.Contains(ex.Errors, e => e.Message.Contains("unknown key 'kxxxx", StringComparison.Ordinal) && e.Message.Contains('…', StringComparison.Ordinal));
        Assert.Contains(ex.Errors, e => e.Message.Contains("\\u001b[2J", StringComparison.Ordinal));
    }
}
