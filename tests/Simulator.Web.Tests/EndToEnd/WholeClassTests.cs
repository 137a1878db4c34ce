using Microsoft.Playwright;
using Simulator.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Simulator.Web.Tests.EndToEnd;

/// <summary>
/// One facilitator and three students in separate browser contexts play a whole class in real
/// Chromium: prepare, join by code, a human chair drafting, answers with reasons, an injected
/// event, a reload that rejoins the seat, a late seat answered by the agent (shown to the room),
/// the end and the debrief with its downloads. Screenshots go to TestResults/classroom.
/// </summary>
public sealed class WholeClassTests
{
    private const int RoundSeconds = 20;
    private static readonly LocatorAssertionsToBeVisibleOptions Patient = new() { Timeout = 30_000 };

    [Fact]
    public async Task A_teacher_and_three_students_play_the_istanbul_talks_to_the_debrief()
    {
        await using var server = await LiveServer.StartAsync(RoundSeconds);
        var (playwright, browser) = await Browsers.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var shots = Browsers.ScreenshotDirectory();

        // The teacher prepares the class: Ukraine, Russia and the chair are people.
        var teacher = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var console = await teacher.NewPageAsync();
        await console.GotoAsync(server.Url + "/");
        await console.CheckAsync("input[name=seats][value=turkey]");
        await console.FillAsync("input[name=roundSeconds]", RoundSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await console.ClickAsync("#create");
        await Expect(console.Locator("#fac-code")).ToBeVisibleAsync(Patient);
        await Expect(console.Locator("#live")).ToBeAttachedAsync();
        var code = (await console.Locator("#fac-code").InnerTextAsync()).Trim();
        Assert.Matches("^[A-Z2-9]{6}$", code);
        var projector = await teacher.NewPageAsync();
        await projector.GotoAsync($"{server.Url}/class/{code}/projector");

        // Three students join from their own browsers; Ukraine's is a phone.
        var ukraine = await Join(browser, server.Url, code, "ukraine", "Olena", phone: true);
        var russia = await Join(browser, server.Url, code, "russia", "Dmitri", phone: false);
        var chair = await Join(browser, server.Url, code, "turkey", "Hakan", phone: false);
        await Expect(projector.Locator("[data-seat=ukraine]")).ToContainTextAsync("Olena");

        // Round 1: the chair puts the engine's suggestion with the swap on its own; both sides answer.
        await console.ClickAsync("#start");
        await Expect(chair.Locator("#submit-draft")).ToBeVisibleAsync(Patient);
        await chair.Locator("[data-issue=prisoner_exchange] input.value").FillAsync("50");
        await chair.ScreenshotAsync(new() { Path = Path.Combine(shots, "chair.png") });
        await chair.ClickAsync("#submit-draft");
        await Expect(ukraine.Locator("#worth")).ToBeVisibleAsync(Patient);
        // Nothing is pre-chosen: sending at once names the open items; the item beyond Ukraine's red line is flagged in words.
        await ukraine.ClickAsync("#submit-answer");
        await Expect(ukraine.Locator("#answer-missing")).ToContainTextAsync("Answer every item before sending");
        await Expect(ukraine.Locator("[data-issue=territory].beyond-limit")).ToBeVisibleAsync();
        await Expect(ukraine.Locator("text=Your brief: Ukraine's red line on Territory").First).ToBeVisibleAsync();
        await AnswerAcceptingAllBut(ukraine, "territory");
        await Expect(projector.Locator("[data-seat=ukraine] .answered")).ToBeVisibleAsync(Patient);
        await Expect(projector.Locator("[data-seat=russia] .waiting")).ToBeVisibleAsync();
        await projector.ScreenshotAsync(new() { Path = Path.Combine(shots, "projector.png") });
        await AnswerAcceptingAllBut(russia, "ceasefire");
        await Expect(projector.Locator("#round")).ToHaveTextAsync("2", new() { Timeout = 30_000 });
        await Expect(projector.Locator("text=Agreed this round")).ToBeVisibleAsync(Patient);
        await Expect(projector.Locator(".drafted-by")).ToHaveTextAsync("The text was drafted by the person in the chair.");

        // The teacher injects an event; Ukraine's student reloads and is back in the seat.
        await console.FillAsync("#inject-set", "parties.russia.concessionBeta=2");
        await console.FillAsync("#inject-description", "Kremlin signals flexibility");
        await console.ClickAsync("#inject");
        await Expect(projector.Locator("text=Kremlin signals flexibility").First).ToBeVisibleAsync(Patient);
        await ukraine.ReloadAsync();
        await Expect(ukraine.Locator("text=Your private brief: Ukraine")).ToBeVisibleAsync(Patient);
        await Expect(ukraine.Locator("#live")).ToBeAttachedAsync(new() { Timeout = 30_000 });

        // Round 2: Ukraine answers, Russia's student is late: the agent answers for Russia, and everyone sees it.
        await Expect(chair.Locator("#submit-draft")).ToBeVisibleAsync(Patient);
        await chair.ClickAsync("#submit-draft");
        await Expect(ukraine.Locator("#worth")).ToBeVisibleAsync(Patient);
        await ukraine.EvaluateAsync("window.scrollTo(0, 0)");
        await ukraine.ScreenshotAsync(new() { Path = Path.Combine(shots, "seat-375px.png") });
        await AnswerAcceptingAllBut(ukraine, "neutrality");
        await Expect(projector.Locator("text=time ran out: the agent answered for Russia").First).ToBeVisibleAsync(new() { Timeout = (RoundSeconds + 20) * 1000 });
        await Expect(russia.Locator("text=time ran out: the agent answered for Russia").First).ToBeVisibleAsync(Patient);
        await Expect(projector.Locator("text=round closed early")).ToHaveCountAsync(0);
        // The person in the chair drafted both rounds (round 3's drafting may time out while the test goes on).
        await Expect(projector.Locator("text=Round 1: time ran out: the agent drafted for Turkey")).ToHaveCountAsync(0);
        await Expect(projector.Locator("text=Round 2: time ran out: the agent drafted for Turkey")).ToHaveCountAsync(0);

        // The teacher ends the talks; the debrief compares the class with history and the simulations.
        await console.ScreenshotAsync(new() { Path = Path.Combine(shots, "facilitator.png") });
        await console.ClickAsync("#end");
        await console.ClickAsync("#debrief-link");
        await Expect(console.Locator("[data-issue=prisoner_exchange]")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Expect(console.Locator("[data-issue=prisoner_exchange]")).ToContainTextAsync("agreed: 50 = 1,000 prisoners per side");
        await Expect(console.Locator("text=Your class did not agree Ceasefire")).ToBeVisibleAsync();
        // The record with its grade, and what blocked an issue in names and labels, as the CLI prints them.
        await Expect(console.Locator("[data-issue=follow_up_talks] td.record")).ToHaveTextAsync("agreed in principle 50 (agreed)");
        await Expect(console.Locator("[data-issue=ceasefire] td.record")).ToHaveTextAsync("deferred (not agreed)");
        await Expect(console.Locator("[data-issue=military_limits] td.blocker")).Not.ToContainTextAsync("military_limits");
        await Expect(console.Locator("tr.solution").First).ToContainTextAsync("Ukraine 0.");
        await Expect(console.Locator("svg[aria-label='Concession paths'] polyline")).ToHaveCountAsync(4);
        await console.ScreenshotAsync(new() { Path = Path.Combine(shots, "debrief.png"), FullPage = true });
        var download = await console.RunAndWaitForDownloadAsync(() => console.ClickAsync("#download-html"));
        var html = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.Contains("<h2>Concession paths</h2><svg", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"http", html, StringComparison.Ordinal);
        var json = await console.RunAndWaitForDownloadAsync(() => console.ClickAsync("#download-json"));
        Assert.Contains("\"issues\"", await File.ReadAllTextAsync(await json.PathAsync()), StringComparison.Ordinal);
    }

    private static async Task<IPage> Join(IBrowser browser, string url, string code, string seat, string name, bool phone)
    {
        var context = await browser.NewContextAsync(phone
            ? new() { ViewportSize = new() { Width = 375, Height = 812 }, IsMobile = true, HasTouch = true }
            : new() { ViewportSize = new() { Width = 1024, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{url}/join/{code}");
        await page.FillAsync("#name", name);
        await page.CheckAsync($"input[name=seat][value={seat}]");
        await page.ClickAsync("#join");
        await Expect(page.Locator("#live")).ToBeAttachedAsync(new() { Timeout = 30_000 });
        return page;
    }

    /// <summary>Accepts every item but one, which is rejected as "one of our limits" (nothing is chosen until the student chooses); then waits for the seat to confirm.</summary>
    private static async Task AnswerAcceptingAllBut(IPage seat, string rejected)
    {
        await Expect(seat.Locator("#submit-answer")).ToBeVisibleAsync(Patient);
        var items = seat.Locator(".item-answer");
        var count = await items.CountAsync();
        for (var k = 0; k < count; k++)
        {
            var item = items.Nth(k);
            if (await item.GetAttributeAsync("data-issue") == rejected)
            {
                await item.Locator("input.reject").CheckAsync();
                await item.Locator("select.reason").SelectOptionAsync("OwnLimit");
            }
            else
            {
                await item.Locator("input.accept").CheckAsync();
            }
        }

        await seat.ClickAsync("#submit-answer");
        await Expect(seat.Locator("#answer-in").Or(seat.Locator("text=Agreed this round")).First).ToBeVisibleAsync(Patient);
    }
}
