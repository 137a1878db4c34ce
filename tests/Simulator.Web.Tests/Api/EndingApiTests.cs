using Simulator.Web.Tests.Support;

namespace Simulator.Web.Tests.Api;

/// <summary>Through the classroom grain: the facilitator's End in an open round, and the status and debrief JSON give the same round.</summary>
public sealed class EndingApiTests(ClassroomFactory factory) : IClassFixture<ClassroomFactory>
{
    [Fact]
    public async Task Ended_in_round_two_the_status_and_the_debrief_both_say_round_two()
    {
        var http = factory.CreateClient();
        var (code, token) = await ApiClient.CreateClass(http, "ukraine");
        (await ApiClient.Post(http, $"/api/classes/{code}/start", token)).EnsureSuccessStatusCode();
        (await ApiClient.Post(http, $"/api/classes/{code}/next", token)).EnsureSuccessStatusCode();
        Assert.Equal(2, (await ApiClient.Status(http, code))["round"]!.GetValue<int>());
        (await ApiClient.Post(http, $"/api/classes/{code}/end", token)).EnsureSuccessStatusCode();

        var status = await ApiClient.Status(http, code);
        var debrief = await ApiClient.Json(await http.GetAsync($"/api/classes/{code}/debrief"));

        const string Ending = "The talks ended in round 2, before it closed: the talks were ended by the facilitator.";
        Assert.Equal((2, Ending), (status["round"]!.GetValue<int>(), status["ending"]!.GetValue<string>()));
        Assert.Equal((2, true, Ending), (debrief["rounds"]!.GetValue<int>(), debrief["endedMidRound"]!.GetValue<bool>(), debrief["ending"]!.GetValue<string>()));
        var end = debrief["notices"]!.AsArray()[^1]!;
        Assert.Equal((1, "Round 2"), (end["round"]!.GetValue<int>(), end["heading"]!.GetValue<string>()));
        Assert.Contains("Ended after 2 round(s)", debrief["transcript"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
