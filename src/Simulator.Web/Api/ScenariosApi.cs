using Microsoft.AspNetCore.Http.HttpResults;
using Simulator.Web.Classroom;

namespace Simulator.Web.Api;

/// <summary>`GET /api/scenarios`: what a class can be created from, as the prepare page lists it (the id is what `POST /api/classes` takes).</summary>
public static class ScenariosApi
{
    public static IEndpointRouteBuilder MapScenariosApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGroup("/api/scenarios").WithTags("scenarios").MapGet("/", List);
        return app;
    }

    private static Ok<IReadOnlyList<ScenarioChoice>> List(ClassroomService classes) => TypedResults.Ok(classes.Catalog.Choices);
}
