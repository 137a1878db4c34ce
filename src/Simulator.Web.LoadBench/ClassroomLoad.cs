using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Simulator.Web;

namespace Simulator.Web.LoadBench;

/// <summary>Runs one class alone, then many at once, through the API; reports latencies as percentiles and their ratio.</summary>
internal static class ClassroomLoad
{
    private static readonly string[] Seats = ["ukraine", "russia", "turkey", "usa", "europe"];

    public static async Task<int> RunAsync(int classes, int rounds)
    {
        var root = FindRoot();
        var app = ClassroomApp.Build(
        [
            "--urls", "http://127.0.0.1:0",
            "--applicationName", "Simulator.Web",
            "--contentRoot", Path.Combine(root, "src", "Simulator.Web"),
            "--Classroom:ScenarioDirectory", Path.Combine(root, "scenarios"),
            "--Classroom:JoinsPerMinute", "100000",
            "--Classroom:AnswersPerMinute", "100000",
            "--Logging:LogLevel:Default", "Error",
        ]);
        await app.StartAsync();
        var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        try
        {
            var alone = await Play(http, 1, rounds);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var sw = Stopwatch.StartNew();
            var together = await Play(http, classes, rounds);
            sw.Stop();
            var after = GC.GetTotalMemory(forceFullCollection: true);
            var p95Alone = Percentile(alone, 0.95);
            var p95 = Percentile(together, 0.95);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"classes: {classes} x 6 people, {together.Count} rounds closed by a last answer in {sw.Elapsed.TotalSeconds:0.0} s"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"last answer -> next draft: p50 {Percentile(together, 0.5):0.0} ms, p95 {p95:0.0} ms, max {together.Max():0.0} ms (one class alone: p95 {p95Alone:0.0} ms; ratio {p95 / p95Alone:0.0})"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"managed memory per live class: {(after - before) / 1024.0 / classes:0} KiB"));
            return 0;
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private static async Task<List<double>> Play(HttpClient http, int classes, int rounds)
    {
        var latencies = new List<double>();
        await Task.WhenAll(Enumerable.Range(0, classes).Select(async _ =>
        {
            var mine = await PlayOne(http, rounds);
            lock (latencies)
            {
                latencies.AddRange(mine);
            }
        }));
        return latencies;
    }

    private static async Task<List<double>> PlayOne(HttpClient http, int rounds)
    {
        var created = await Json(await http.PostAsJsonAsync("/api/classes", new { scenario = "istanbul-2025-05-16", humanSeats = Seats, roundSeconds = 3600 }));
        var code = created["code"]!.GetValue<string>();
        var facilitator = created["facilitatorToken"]!.GetValue<string>();
        var tokens = new Dictionary<string, string>();
        foreach (var seat in Seats)
        {
            tokens[seat] = (await Json(await http.PostAsJsonAsync($"/api/classes/{code}/join", new { seat, name = $"{seat} student" })))["seatToken"]!.GetValue<string>();
        }

        _ = await Json(await http.PostAsJsonAsync($"/api/classes/{code}/join", new { seat = "ukraine", name = "second ukraine student" }));
        await Send(http, HttpMethod.Post, $"/api/classes/{code}/start", facilitator, new { });
        var latencies = new List<double>();
        for (var round = 1; round <= rounds; round++)
        {
            var status = await Json(await http.GetAsync($"/api/classes/{code}"));
            if (status["phase"]!.GetValue<string>() != "drafting")
            {
                break;
            }

            var chair = await Json(await Send(http, HttpMethod.Get, $"/api/classes/{code}/seats/turkey/view", tokens["turkey"], null));
            var draft = chair["engineDraft"]!.AsArray().ToDictionary(d => d!["issueId"]!.GetValue<string>(), d => d!["value"]!.GetValue<double>());
            var separate = chair["engineDraft"]!.AsArray().Where(d => d!["separate"]!.GetValue<bool>()).Select(d => d!["issueId"]!.GetValue<string>()).ToArray();
            await Send(http, HttpMethod.Post, $"/api/classes/{code}/seats/turkey/draft", tokens["turkey"], new { round, items = draft, separate });
            if (round == 1)
            {
                await Send(http, HttpMethod.Post, $"/api/classes/{code}/seats/usa/influence", tokens["usa"], new { target = "russia", press = true });
                await Send(http, HttpMethod.Post, $"/api/classes/{code}/seats/europe/statement", tokens["europe"], new { text = "Europe stands with Ukraine." });
            }

            var items = (await Json(await http.GetAsync($"/api/classes/{code}")))["draft"]!.AsArray().Select(d => d!["issueId"]!.GetValue<string>()).ToList();
            await Send(http, HttpMethod.Post, $"/api/classes/{code}/seats/ukraine/answer", tokens["ukraine"], new { round, items = items.Select(i => new { issue = i, accept = i != "territory", reason = i == "territory" ? "limit" : null }) });
            var watch = Stopwatch.StartNew();
            await Send(http, HttpMethod.Post, $"/api/classes/{code}/seats/russia/answer", tokens["russia"], new { round, items = items.Select(i => new { issue = i, accept = i != "ceasefire", reason = i == "ceasefire" ? "not-enough" : null }) });
            for (var poll = 0; poll < 10_000; poll++)
            {
                var next = await Json(await http.GetAsync($"/api/classes/{code}"));
                if (next["round"]!.GetValue<int>() > round || next["phase"]!.GetValue<string>() == "over")
                {
                    break;
                }
            }

            latencies.Add(watch.Elapsed.TotalMilliseconds);
        }

        return latencies;
    }

    private static async Task<HttpResponseMessage> Send(HttpClient http, HttpMethod method, string path, string token, object? body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return response;
    }

    private static async Task<JsonNode> Json(HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        for (var i = 0; i < 12 && dir is not null; i++, dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Simulator.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("run from inside the repository (Simulator.sln not found)");
    }
}
