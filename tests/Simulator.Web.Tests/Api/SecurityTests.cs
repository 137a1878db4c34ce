using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Simulator.Web.Tests.Support;

namespace Simulator.Web.Tests.Api;

/// <summary>Each attack of the classroom's security rules, tried through the API and the pages, and seen to fail.</summary>
public sealed partial class SecurityTests(ClassroomFactory factory) : IClassFixture<ClassroomFactory>
{
    private readonly HttpClient _http = factory.CreateClient();

    [Fact]
    public async Task Tokens_carry_at_least_128_random_bits_and_differ_every_time()
    {
        var (code, facilitator) = await ApiClient.CreateClass(_http, "ukraine", "russia");
        var a = await ApiClient.Join(_http, code, "ukraine", "A");
        var b = await ApiClient.Join(_http, code, "ukraine", "B");

        foreach (var token in new[] { facilitator, a, b })
        {
            var secret = token[(token.IndexOf('.', StringComparison.Ordinal) + 1)..];
            var bytes = Convert.FromBase64String(secret.Replace('-', '+').Replace('_', '/') + new string('=', (4 - (secret.Length % 4)) % 4));
            Assert.True(bytes.Length * 8 >= 128, $"{bytes.Length * 8} bits");
        }

        Assert.Equal(3, new[] { facilitator, a, b }.Distinct().Count());
    }

    [Fact]
    public async Task Facilitator_actions_need_the_facilitator_token()
    {
        var (code, facilitator) = await ApiClient.CreateClass(_http, "ukraine");
        var seat = await ApiClient.Join(_http, code, "ukraine", "Olena");
        var (_, otherFacilitator) = await ApiClient.CreateClass(_http, "ukraine");

        Assert.Equal(HttpStatusCode.Unauthorized, (await ApiClient.Post(_http, $"/api/classes/{code}/start", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await ApiClient.Post(_http, $"/api/classes/{code}/start", facilitator[..^1] + (facilitator[^1] == 'A' ? 'B' : 'A'))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await ApiClient.Post(_http, $"/api/classes/{code}/start", "not-a-token")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ApiClient.Post(_http, $"/api/classes/{code}/start", seat)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ApiClient.Post(_http, $"/api/classes/{code}/start", otherFacilitator)).StatusCode);
        Assert.Equal("notstarted", (await ApiClient.Status(_http, code))["phase"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await ApiClient.Post(_http, $"/api/classes/{code}/start", facilitator)).StatusCode);
    }

    [Fact]
    public async Task A_seat_token_acts_only_for_its_own_seat_and_class()
    {
        var (code, facilitator) = await ApiClient.CreateClass(_http, "ukraine", "russia");
        var (otherCode, _) = await ApiClient.CreateClass(_http, "ukraine", "russia");
        var ukraine = await ApiClient.Join(_http, code, "ukraine", "Olena");
        await ApiClient.Post(_http, $"/api/classes/{code}/start", facilitator);

        Assert.Equal(HttpStatusCode.OK, (await ApiClient.Get(_http, $"/api/classes/{code}/seats/ukraine/brief", ukraine)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ApiClient.Get(_http, $"/api/classes/{code}/seats/russia/brief", ukraine)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ApiClient.Post(_http, $"/api/classes/{code}/seats/russia/answer", ukraine, await ApiClient.AcceptAll(_http, code))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ApiClient.Get(_http, $"/api/classes/{otherCode}/seats/ukraine/brief", ukraine)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ApiClient.Get(_http, $"/api/classes/{code}/seats/ukraine/brief", facilitator)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await ApiClient.Get(_http, $"/api/classes/{code}/seats/ukraine/brief", null)).StatusCode);
    }

    [Fact]
    public async Task A_seat_never_sees_another_seats_private_brief_until_the_facilitator_reveals_an_item()
    {
        var (code, facilitator) = await ApiClient.CreateClass(_http, "ukraine", "russia");
        var ukraine = await ApiClient.Join(_http, code, "ukraine", "Olena");
        var brief = await (await ApiClient.Get(_http, $"/api/classes/{code}/seats/ukraine/brief", ukraine)).Content.ReadAsStringAsync();
        Assert.DoesNotContain("linkage:", brief, StringComparison.Ordinal);
        Assert.DoesNotContain("mandate:leaders_summit", brief, StringComparison.Ordinal);
        var status = (await ApiClient.Status(_http, code)).ToJsonString();
        Assert.DoesNotContain("redLine", status, StringComparison.OrdinalIgnoreCase);

        var reveal = await ApiClient.Post(_http, $"/api/classes/{code}/reveal", facilitator, new { seat = "russia", item = "mandate:leaders_summit" });
        Assert.Equal(HttpStatusCode.OK, reveal.StatusCode);
        Assert.Contains("revealed from Russia", (await ApiClient.Status(_http, code)).ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await ApiClient.Post(_http, $"/api/classes/{code}/reveal", facilitator, new { seat = "russia", item = "../../etc/passwd" })).StatusCode);
    }

    [Fact]
    public async Task Every_input_is_validated_with_a_clear_message()
    {
        var (code, facilitator) = await ApiClient.CreateClass(_http, "ukraine", "russia");
        var ukraine = await ApiClient.Join(_http, code, "ukraine", "Olena");
        await ApiClient.Post(_http, $"/api/classes/{code}/start", facilitator);
        var draft = (await ApiClient.Status(_http, code))["draft"]!.AsArray().Select(d => d!["issueId"]!.GetValue<string>()).ToList();

        async Task<string> Refusal(HttpResponseMessage r)
        {
            Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
            return (await ApiClient.Json(r))["detail"]!.GetValue<string>();
        }

        var longName = await Refusal(await _http.PostAsJsonAsync($"/api/classes/{code}/join", new { seat = "ukraine", name = new string('x', 41) }));
        Assert.Contains("1 to 40 characters", longName, StringComparison.Ordinal);
        Assert.Contains("not a seat played by people", await Refusal(await _http.PostAsJsonAsync($"/api/classes/{code}/join", new { seat = "turkey", name = "Mallory" })), StringComparison.Ordinal);
        var offScale = draft.Select((d, k) => new { issue = d, accept = k != 0, reason = k == 0 ? "not-enough" : null, counter = k == 0 ? 150.0 : (double?)null }).ToArray();
        Assert.Contains("off the scale", await Refusal(await ApiClient.Post(_http, $"/api/classes/{code}/seats/ukraine/answer", ukraine, new { round = 1, items = offScale })), StringComparison.Ordinal);
        var unknown = draft.Select(d => new { issue = d, accept = true }).Append(new { issue = "nuclear_weapons", accept = true }).ToArray();
        Assert.Contains("nuclear_weapons", await Refusal(await ApiClient.Post(_http, $"/api/classes/{code}/seats/ukraine/answer", ukraine, new { round = 1, items = unknown })), StringComparison.Ordinal);
        var missing = draft.Skip(1).Select(d => new { issue = d, accept = true }).ToArray();
        Assert.Contains("missing", await Refusal(await ApiClient.Post(_http, $"/api/classes/{code}/seats/ukraine/answer", ukraine, new { round = 1, items = missing })), StringComparison.Ordinal);
        var badReason = draft.Select(d => new { issue = d, accept = false, reason = "because" }).ToArray();
        Assert.Contains("reason", await Refusal(await ApiClient.Post(_http, $"/api/classes/{code}/seats/ukraine/answer", ukraine, new { round = 1, items = badReason })), StringComparison.Ordinal);
        var wrongRound = draft.Select(d => new { issue = d, accept = true }).ToArray();
        Assert.Contains("closed", await Refusal(await ApiClient.Post(_http, $"/api/classes/{code}/seats/ukraine/answer", ukraine, new { round = 7, items = wrongRound })), StringComparison.Ordinal);
        Assert.Contains("280", await Refusal(await ApiClient.Post(_http, $"/api/classes/{code}/seats/ukraine/statement", ukraine, new { text = new string('y', 281) })), StringComparison.Ordinal);
        Assert.Contains("no parameter", await Refusal(await ApiClient.Post(_http, $"/api/classes/{code}/inject", facilitator, new { set = new[] { "parties.russia.nukes=1" } })), StringComparison.Ordinal);
        Assert.Contains("PATH=VALUE", await Refusal(await ApiClient.Post(_http, $"/api/classes/{code}/inject", facilitator, new { set = new[] { "parties.russia.concessionBeta" } })), StringComparison.Ordinal);
        Assert.Contains("no seat 'narnia'", await Refusal(await _http.PostAsJsonAsync("/api/classes", new { scenario = "istanbul-2025-05-16", humanSeats = new[] { "narnia" } })), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Join_codes_expire_with_the_class_and_an_ended_class_takes_no_one()
    {
        var (code, facilitator) = await ApiClient.CreateClass(_http, "ukraine");
        await ApiClient.Post(_http, $"/api/classes/{code}/end", facilitator);
        var late = await _http.PostAsJsonAsync($"/api/classes/{code}/join", new { seat = "ukraine", name = "Late" });
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Contains("ended", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var (expiring, _) = await ApiClient.CreateClass(_http, "ukraine");
        var seat = await ApiClient.Join(_http, expiring, "ukraine", "Olena");
        // The fake clock only moves forward; classes other tests create later live from the new now.
        factory.Clock.Advance(TimeSpan.FromHours(13));
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync($"/api/classes/{expiring}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.PostAsJsonAsync($"/api/classes/{expiring}/join", new { seat = "ukraine", name = "Late" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await ApiClient.Get(_http, $"/api/classes/{expiring}/seats/ukraine/brief", seat)).StatusCode);
    }

    [Fact]
    public async Task Student_statements_and_names_are_rendered_encoded()
    {
        var (code, facilitator) = await ApiClient.CreateClass(_http, "ukraine");
        var seat = await ApiClient.Join(_http, code, "ukraine", "<img src=x onerror=alert(1)>");
        await ApiClient.Post(_http, $"/api/classes/{code}/start", facilitator);
        var posted = await ApiClient.Post(_http, $"/api/classes/{code}/seats/ukraine/statement", seat, new { text = "<script>alert('pwned')</script>" });
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);

        var page = await _http.GetStringAsync($"/class/{code}/projector");
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_join_form_refuses_a_post_without_its_antiforgery_token()
    {
        var (code, _) = await ApiClient.CreateClass(_http, "ukraine");
        var forged = await _http.PostAsync("/join", new FormUrlEncodedContent(new Dictionary<string, string> { ["code"] = code, ["seat"] = "ukraine", ["name"] = "Mallory" }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(0, (await ApiClient.Status(_http, code))["seats"]!.AsArray().Single(s => s!["seat"]!.GetValue<string>() == "ukraine")!["people"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_join_form_with_its_antiforgery_token_sets_an_http_only_seat_cookie()
    {
        var (code, _) = await ApiClient.CreateClass(_http, "ukraine");
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var form = await client.GetStringAsync($"/join/{code}");
        var antiforgery = AntiforgeryField().Match(form).Groups[1].Value;
        var joined = await client.PostAsync("/join", new FormUrlEncodedContent(new Dictionary<string, string> { ["code"] = code, ["seat"] = "ukraine", ["name"] = "Olena", ["__RequestVerificationToken"] = antiforgery }));

        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
        Assert.Equal($"/class/{code}/seat", joined.Headers.Location?.ToString());
        var cookie = Assert.Single(joined.Headers.GetValues("Set-Cookie"), c => c.StartsWith($"seat-{code}=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        var seatPage = await client.GetStringAsync($"/class/{code}/seat");
        Assert.Contains("Your private brief: Ukraine", seatPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upload_cannot_make_the_server_read_another_file()
    {
        foreach (var yaml in new[] { "base: /etc/passwd\n", "base: ../seeds/istanbul-2025-05-16.yaml\ntitle: x\n", "\"base\": ../../../../etc/shadow\n", "{base: /etc/hostname}\n" })
        {
            var response = await _http.PostAsJsonAsync("/api/classes", new { yaml, humanSeats = Array.Empty<string>() });
            var body = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("upload.yaml:", body, StringComparison.Ordinal);
            Assert.DoesNotContain("root:", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_upload_may_build_on_a_shipped_scenario_by_id()
    {
        var yaml = "base: what-if-putin-attends\ntitle: Group 3's what-if\n";
        var response = await _http.PostAsJsonAsync("/api/classes", new { yaml, humanSeats = new[] { "russia" } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var code = (await ApiClient.Json(response))["code"]!.GetValue<string>();
        Assert.Equal("Group 3's what-if", (await ApiClient.Status(_http, code))["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_bad_upload_is_reported_with_file_line_and_column()
    {
        var yaml = "id: broken\ntitle: Broken\nissues:\n  ceasefire: [unclosed\n";
        var response = await _http.PostAsJsonAsync("/api/classes", new { yaml, humanSeats = Array.Empty<string>() });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Matches(@"upload\.yaml:\d+:\d+: ", (await ApiClient.Json(response))["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_openapi_document_lists_the_classroom_api_and_the_health_check_answers()
    {
        var doc = await _http.GetStringAsync("/openapi/v1.json");
        foreach (var path in new[] { "/api/classes", "/api/classes/{code}/join", "/api/classes/{code}/start", "/api/classes/{code}/seats/{seat}/answer", "/api/classes/{code}/seats/{seat}/brief", "/api/classes/{code}/debrief" })
        {
            Assert.Contains($"\"{path}\"", doc, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync("/healthz")).StatusCode);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
