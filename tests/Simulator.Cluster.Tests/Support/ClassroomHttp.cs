using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Simulator.Cluster.Tests.Support;

/// <summary>
/// The classroom's JSON API as a test drives it over HTTP: each call is retried (bounded in count and
/// time) while the web app answers 5xx or times out, which is what it does while the cluster declares
/// a killed silo dead and reactivates the class elsewhere.
/// </summary>
internal sealed class ClassroomHttp(Uri address) : IDisposable
{
    private const int Attempts = 40;
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(2);
    private readonly HttpClient _http = new() { BaseAddress = address, Timeout = TimeSpan.FromSeconds(20) };

    /// <summary>How many calls failed (5xx or timeout) and were tried again.</summary>
    public int Retries { get; private set; }

    public async Task<JsonNode> Send(HttpMethod method, string path, string? token = null, object? body = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        string? last = null;
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            using var request = new HttpRequestMessage(method, path);
            if (body is not null)
            {
                request.Content = JsonContent.Create(body);
            }

            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            try
            {
                using var response = await _http.SendAsync(request);
                var text = await response.Content.ReadAsStringAsync();
                if ((int)response.StatusCode < 500)
                {
                    Assert.True(response.StatusCode == expected, $"{method} {path}: {(int)response.StatusCode} {text}");
                    return JsonNode.Parse(text) ?? throw new InvalidOperationException($"{method} {path}: empty body");
                }

                last = $"{(int)response.StatusCode} {text}";
            }
            catch (TaskCanceledException ex)
            {
                last = ex.Message;
            }

            Retries++;
            await Task.Delay(Pause);
        }

        throw new TimeoutException($"{method} {path} failed {Attempts} times; last: {last}");
    }

    public Task<JsonNode> Get(string path, string? token = null) => Send(HttpMethod.Get, path, token);

    public Task<JsonNode> Post(string path, string? token, object? body = null, HttpStatusCode expected = HttpStatusCode.OK) =>
        Send(HttpMethod.Post, path, token, body ?? new { }, expected);

    public void Dispose() => _http.Dispose();
}
