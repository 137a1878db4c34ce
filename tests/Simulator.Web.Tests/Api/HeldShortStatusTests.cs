using Simulator.Web.Tests.Support;

namespace Simulator.Web.Tests.Api;

/// <summary>The public status says why the chair's agent tabled an item just under a linkage's trigger, and names who made a statement.</summary>
public sealed class HeldShortStatusTests(ClassroomFactory factory) : IClassFixture<ClassroomFactory>
{
    [Fact]
    public async Task The_status_carries_the_held_short_notes_in_words_and_statements_by_name()
    {
        var http = factory.CreateClient();
        var (code, token) = await ApiClient.CreateClass(http, "ukraine");
        var seat = await ApiClient.Join(http, code, "ukraine", "Olena");
        (await ApiClient.Post(http, $"/api/classes/{code}/seats/ukraine/statement", seat, new { text = "We came to talk." })).EnsureSuccessStatusCode();
        (await ApiClient.Post(http, $"/api/classes/{code}/start", token)).EnsureSuccessStatusCode();
        var first = await ApiClient.Status(http, code);

        // Round 2 of the base values holds the ceasefire under Russia's trigger (round 1 holds nothing).
        (await ApiClient.Post(http, $"/api/classes/{code}/next", token)).EnsureSuccessStatusCode();
        var second = await ApiClient.Status(http, code);

        Assert.Empty(first["heldShort"]!.AsArray());
        var note = Assert.Single(second["heldShort"]!.AsArray())!.GetValue<string>();
        Assert.StartsWith("Ceasefire at 10 (Russia accepts Ceasefire >= 15", note, StringComparison.Ordinal);
        Assert.Contains(second["notices"]!.AsArray(), n => n!.GetValue<string>() == "Ukraine: We came to talk.");
    }
}
