using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Simulator.Web.Tests.Support;

/// <summary>Small helpers over the JSON API for tests (and the load benchmark's shape of calls).</summary>
internal static class ApiClient
{
    public static async Task<(string Code, string FacilitatorToken)> CreateClass(HttpClient http, params string[] humanSeats)
    {
        var response = await http.PostAsJsonAsync("/api/classes", new { scenario = "istanbul-2025-05-16", humanSeats, roundSeconds = 120 });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        var body = await Json(response);
        return (body["code"]!.GetValue<string>(), body["facilitatorToken"]!.GetValue<string>());
    }

    public static async Task<string> Join(HttpClient http, string code, string seat, string name)
    {
        var response = await http.PostAsJsonAsync($"/api/classes/{code}/join", new { seat, name });
        response.EnsureSuccessStatusCode();
        return (await Json(response))["seatToken"]!.GetValue<string>();
    }

    public static Task<HttpResponseMessage> Post(HttpClient http, string path, string? token, object? body = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body ?? new { }) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return http.SendAsync(request);
    }

    public static Task<HttpResponseMessage> Get(HttpClient http, string path, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return http.SendAsync(request);
    }

    public static async Task<JsonNode> Status(HttpClient http, string code) => await Json(await http.GetAsync($"/api/classes/{code}"));

    /// <summary>An answer accepting every item of the current draft (round as the status gives it, 1-based).</summary>
    public static async Task<object> AcceptAll(HttpClient http, string code)
    {
        var status = await Status(http, code);
        var items = status["draft"]!.AsArray().Select(d => new { issue = d!["issueId"]!.GetValue<string>(), accept = true }).ToArray();
        return new { round = status["round"]!.GetValue<int>(), items };
    }

    public static async Task<JsonNode> Json(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new JsonException("empty body");
}
