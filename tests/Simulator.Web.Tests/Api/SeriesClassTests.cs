using System.Net;
using System.Net.Http.Json;
using Simulator.Web.Tests.Support;

namespace Simulator.Web.Tests.Api;

/// <summary>A class on the shipped series, through the JSON API: meeting after meeting.</summary>
public sealed class SeriesClassTests(ClassroomFactory factory) : IClassFixture<ClassroomFactory>
{
    [Fact]
    public async Task A_series_class_starts_its_next_meeting_only_after_the_debrief_and_not_past_the_last()
    {
        var http = factory.CreateClient();
        var created = await http.PostAsJsonAsync("/api/classes", new { scenario = "istanbul-2025-series", humanSeats = new[] { "ukraine" }, roundSeconds = 120 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await ApiClient.Json(created);
        var code = body["code"]!.GetValue<string>();
        var token = body["facilitatorToken"]!.GetValue<string>();

        (await ApiClient.Post(http, $"/api/classes/{code}/start", token)).EnsureSuccessStatusCode();
        var early = await ApiClient.Post(http, $"/api/classes/{code}/next-meeting", token);
        Assert.False(early.IsSuccessStatusCode);
        Assert.Contains("still going on", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False((await ApiClient.Post(http, $"/api/classes/{code}/next-meeting", null)).IsSuccessStatusCode);

        for (var meeting = 1; meeting < 3; meeting++)
        {
            (await ApiClient.Post(http, $"/api/classes/{code}/end", token)).EnsureSuccessStatusCode();
            (await ApiClient.Post(http, $"/api/classes/{code}/next-meeting", token)).EnsureSuccessStatusCode();
            var status = await ApiClient.Status(http, code);
            Assert.Equal(meeting + 1, status["meeting"]!.GetValue<int>());
            Assert.Equal(3, status["meetings"]!.GetValue<int>());
            Assert.Equal("notstarted", status["phase"]!.ToString());
            (await ApiClient.Post(http, $"/api/classes/{code}/start", token)).EnsureSuccessStatusCode();
        }

        (await ApiClient.Post(http, $"/api/classes/{code}/end", token)).EnsureSuccessStatusCode();
        var last = await ApiClient.Post(http, $"/api/classes/{code}/next-meeting", token);
        Assert.False(last.IsSuccessStatusCode);
        Assert.Contains("last meeting", await last.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
