using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Simulator.Web.Api;
using Simulator.Web.Classroom;
using Simulator.Web.Components;

namespace Simulator.Web;

/// <summary>Builds the classroom web app: the co-hosted silo, the classroom service, the pages, the JSON API and its security.</summary>
public static class ClassroomApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddClassroomCluster();
        builder.Services.Configure<ClassroomOptions>(builder.Configuration.GetSection(ClassroomOptions.Section));
        builder.Services.AddSingleton<ScenarioCatalog>();
        builder.Services.AddSingleton<ClassReplicas>();
        builder.Services.AddSingleton<DebriefCache>();
        builder.Services.AddSingleton<ClassroomService>();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddAntiforgery();
        builder.Services.AddOpenApi();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        builder.Services.AddProblemDetails();
        builder.Services.AddAuthentication(ClassTokenAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ClassTokenAuthentication>(ClassTokenAuthentication.SchemeName, null);
        builder.Services.AddSingleton<IAuthorizationHandler, ClassRouteRequirement>(_ => new ClassRouteRequirement(seat: false));
        builder.Services.AddSingleton<IAuthorizationHandler, ClassRouteRequirement>(_ => new ClassRouteRequirement(seat: true));
        builder.Services.AddAuthorizationBuilder().AddClassPolicies();
        builder.Services.AddRateLimiter(o => ConfigureLimits(o, builder.Configuration.GetSection(ClassroomOptions.Section).Get<ClassroomOptions>() ?? new ClassroomOptions()));
        configure?.Invoke(builder);

        var app = builder.Build();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }

        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapOpenApi();
        app.MapGet("/healthz", Health).ExcludeFromDescription();
        app.MapClassesApi();
        app.MapScenariosApi();
        app.MapClassroomForms();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            foreach (var url in app.Urls)
            {
                Console.WriteLine($"Classroom: open {url} ({ClassroomSilo.Storage(app.Configuration)})");
            }
        });
        return app;
    }

    /// <summary>200 once a grain call through the silo comes back (any answer will do; a dead silo throws or times out).</summary>
    private static async Task<IResult> Health(ClassroomService classes)
    {
        _ = await classes.GetAsync("HEALTH");
        return Results.Ok("silo up");
    }

    private static void ConfigureLimits(Microsoft.AspNetCore.RateLimiting.RateLimiterOptions o, ClassroomOptions settings)
    {
        o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        o.AddPolicy(ClassesApi.JoinLimit, http => RateLimitPartition.GetFixedWindowLimiter(
            http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = settings.JoinsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        o.AddPolicy(ClassesApi.AnswerLimit, http => RateLimitPartition.GetFixedWindowLimiter(
            http.Request.Headers.Authorization.ToString() is { Length: > 0 } token ? token : http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = settings.AnswersPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
    }
}
