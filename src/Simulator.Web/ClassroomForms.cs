using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Simulator.Web.Api;
using Simulator.Web.Classroom;
using Simulator.Web.Components.Pages;

namespace Simulator.Web;

/// <summary>
/// The two plain HTML forms (prepare a class, join a seat): posted with an antiforgery token, they
/// set the secret token in an HttpOnly cookie, so a reload or a new tab finds the seat again.
/// </summary>
public static class ClassroomForms
{
    public static string SeatCookie(string code) => $"seat-{code}";

    public static string FacilitatorCookie(string code) => $"facilitator-{code}";

    public static IEndpointRouteBuilder MapClassroomForms(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPost("/prepare", Prepare).RequireRateLimiting(ClassesApi.JoinLimit).ExcludeFromDescription();
        app.MapPost("/join", Join).RequireRateLimiting(ClassesApi.JoinLimit).ExcludeFromDescription();
        app.MapGet("/class/{code}/debrief.html", DebriefHtml).ExcludeFromDescription();
        app.MapGet("/class/{code}/debrief.json", DebriefJson).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> Prepare(
        [FromForm] string? scenario,
        [FromForm] int? roundSeconds,
        IFormFile? upload,
        HttpContext http,
        ClassroomService classes)
    {
        var form = await http.Request.ReadFormAsync();
        var seats = form["seats"].OfType<string>().Take(20).ToList();
        string? yaml = null;
        if (upload is { Length: > 0 })
        {
            if (upload.Length > UploadedScenario.MaxBytes)
            {
                return new RazorComponentResult<PreparePage>(new { Error = "upload.yaml:1:1: the file is larger than 1024 KiB" });
            }

            using var reader = new StreamReader(upload.OpenReadStream());
            yaml = await reader.ReadToEndAsync();
        }

        var created = await classes.CreateAsync(scenario, yaml, seats, roundSeconds);
        if (!created.Ok)
        {
            return new RazorComponentResult<PreparePage>(new { Error = created.Error });
        }

        var (code, token) = (created.Value!.Code, created.Value.FacilitatorToken);
        http.Response.Cookies.Append(FacilitatorCookie(code), token, CookieOptions(http));
        return Results.Redirect($"/class/{code}/facilitate?key={Uri.EscapeDataString(token)}");
    }

    private static async Task<IResult> Join([FromForm] string? code, [FromForm] string? seat, [FromForm] string? name, HttpContext http, ClassroomService classes)
    {
        var normalised = ClassTokens.Normalise(code);
        var joined = await classes.JoinAsync(normalised, seat, name);
        if (!joined.Ok)
        {
            return new RazorComponentResult<JoinPage>(new { Code = normalised, Error = joined.Error });
        }

        http.Response.Cookies.Append(SeatCookie(normalised), joined.Value!, CookieOptions(http));
        return Results.Redirect($"/class/{normalised}/seat");
    }

    private static async Task<IResult> DebriefHtml(string code, ClassroomService classes) =>
        await classes.DebriefAsync(code) is { } debrief
            ? Results.File(System.Text.Encoding.UTF8.GetBytes(Classroom.DebriefHtml.Write(debrief)), "text/html; charset=utf-8", $"debrief-{ClassTokens.Normalise(code)}.html")
            : Results.NotFound();

    private static async Task<IResult> DebriefJson(string code, ClassroomService classes) =>
        await classes.DebriefAsync(code) is { } debrief
            ? Results.File(System.Text.Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(debrief, DebriefJsonOptions)), "application/json", $"debrief-{ClassTokens.Normalise(code)}.json")
            : Results.NotFound();

    private static readonly System.Text.Json.JsonSerializerOptions DebriefJsonOptions = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    private static CookieOptions CookieOptions(HttpContext http) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Lax,
        Secure = http.Request.IsHttps,
        IsEssential = true,
        MaxAge = TimeSpan.FromHours(12),
        Path = "/",
    };
}
