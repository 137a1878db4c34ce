using Microsoft.Playwright;
using Simulator.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Simulator.Web.Tests.EndToEnd;

/// <summary>A teacher plays the shipped series with a class in real Chromium: a meeting, its debrief, then the next meeting.</summary>
public sealed class SeriesClassTests
{
    private const int RoundSeconds = 60;
    private static readonly LocatorAssertionsToBeVisibleOptions Patient = new() { Timeout = 30_000 };

    [Fact]
    public async Task After_a_meeting_s_debrief_the_teacher_starts_the_next_and_the_student_is_asked_again()
    {
        await using var server = await LiveServer.StartAsync(RoundSeconds);
        var (playwright, browser) = await Browsers.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;

        var teacher = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var console = await teacher.NewPageAsync();
        await console.GotoAsync(server.Url + "/");
        await console.SelectOptionAsync("#scenario", "istanbul-2025-series");
        await console.UncheckAsync("input[name=seats][value=russia]");
        await console.ClickAsync("#create");
        await Expect(console.Locator("#fac-code")).ToBeVisibleAsync(Patient);
        await Expect(console.Locator("#live")).ToBeAttachedAsync();
        var code = (await console.Locator("#fac-code").InnerTextAsync()).Trim();
        await Expect(console.Locator("text=Meeting 1 of 3")).ToBeVisibleAsync(Patient);

        var student = await (await browser.NewContextAsync()).NewPageAsync();
        await student.GotoAsync($"{server.Url}/join/{code}");
        await student.FillAsync("#name", "Olena");
        await student.CheckAsync("input[name=seat][value=ukraine]");
        await student.ClickAsync("#join");
        await Expect(student.Locator("#live")).ToBeAttachedAsync(new() { Timeout = 30_000 });

        await console.ClickAsync("#start");
        await Expect(student.Locator("#submit-answer")).ToBeVisibleAsync(Patient);
        await console.ClickAsync("#end");
        await Expect(console.Locator("#next-meeting")).ToContainTextAsync("Start meeting 2 of 3", new() { Timeout = 30_000 });
        await console.ClickAsync("#next-meeting");
        await Expect(console.Locator("text=Meeting 2 of 3")).ToBeVisibleAsync(Patient);
        await Expect(console.Locator("#start")).ToBeEnabledAsync(new() { Timeout = 30_000 });
        await console.ClickAsync("#start");
        await Expect(student.Locator("#submit-answer")).ToBeVisibleAsync(Patient);
        await Expect(console.Locator("#next-meeting")).ToHaveCountAsync(0);
        await console.ScreenshotAsync(new() { Path = Path.Combine(Browsers.ScreenshotDirectory(), "series-facilitator.png") });
    }
}
