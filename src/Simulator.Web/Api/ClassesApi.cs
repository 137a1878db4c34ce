using Microsoft.AspNetCore.Http.HttpResults;
using Simulator.Contracts.Sessions;
using Simulator.Domain.Classroom;
using Simulator.Web.Classroom;

namespace Simulator.Web.Api;

/// <summary>The JSON API beside the pages (`/api/classes`), over the same <see cref="ClassroomService"/>.</summary>
public static class ClassesApi
{
    public const string JoinLimit = "join";
    public const string AnswerLimit = "answer";

    public static IEndpointRouteBuilder MapClassesApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var classes = app.MapGroup("/api/classes").WithTags("classes").DisableAntiforgery();
        classes.MapPost("/", Create).RequireRateLimiting(JoinLimit);
        classes.MapGet("/{code}", Status);
        classes.MapPost("/{code}/join", Join).RequireRateLimiting(JoinLimit);
        classes.MapGet("/{code}/debrief", GetDebrief);

        var facilitator = classes.MapGroup("/{code}").RequireAuthorization(ClassPolicies.Facilitator);
        facilitator.MapPost("/start", (string code, ClassroomService s) => Reply(s.StartAsync(code)));
        facilitator.MapPost("/pause", (string code, ClassroomService s) => Reply(s.PauseAsync(code)));
        facilitator.MapPost("/resume", (string code, ClassroomService s) => Reply(s.ResumeAsync(code)));
        facilitator.MapPost("/next", (string code, ClassroomService s) => Reply(s.NextAsync(code)));
        facilitator.MapPost("/end", (string code, ClassroomService s) => Reply(s.EndAsync(code)));
        facilitator.MapPost("/next-meeting", (string code, ClassroomService s) => Reply(s.NextMeetingAsync(code)));
        facilitator.MapPost("/extend", (string code, ExtendRequest r, ClassroomService s) => Reply(s.ExtendAsync(code, r.Seconds)));
        facilitator.MapPost("/inject", (string code, InjectRequest r, ClassroomService s) => Reply(s.InjectAsync(code, r.TimelineEvent, r.Set ?? [], r.Description)));
        facilitator.MapPost("/reveal", (string code, RevealRequest r, ClassroomService s) => Reply(s.RevealAsync(code, r.Seat ?? string.Empty, r.Item ?? string.Empty)));
        facilitator.MapPost("/seats/{seat}/control", (string code, string seat, SeatControlRequest r, ClassroomService s) => Reply(s.SeatControlAsync(code, seat, r.Person)));

        var seat = classes.MapGroup("/{code}/seats/{seat}").RequireAuthorization(ClassPolicies.Seat);
        seat.MapGet("/brief", Brief);
        seat.MapGet("/view", SeatView);
        seat.MapPost("/answer", Answer).RequireRateLimiting(AnswerLimit);
        seat.MapPost("/draft", Draft).RequireRateLimiting(AnswerLimit);
        seat.MapPost("/influence", (string code, string seat, InfluenceRequest r, ClassroomService s) => Reply(s.InfluenceAsync(code, seat, r.Target ?? string.Empty, r.Press))).RequireRateLimiting(AnswerLimit);
        seat.MapPost("/statement", (string code, string seat, StatementRequest r, ClassroomService s) => Reply(s.StatementAsync(code, seat, r.Text ?? string.Empty))).RequireRateLimiting(AnswerLimit);
        return app;
    }

    private static async Task<Results<Created<CreateClassResponse>, ProblemHttpResult>> Create(CreateClassRequest request, ClassroomService classes, HttpContext http)
    {
        var created = await classes.CreateAsync(request.Scenario, request.Yaml, request.HumanSeats ?? [], request.RoundSeconds);
        if (!created.Ok)
        {
            return TypedResults.Problem(created.Error, statusCode: StatusCodes.Status400BadRequest, title: "cannot create the class");
        }

        var code = created.Value!.Code;
        var joinUrl = $"{http.Request.Scheme}://{http.Request.Host}/join/{code}";
        return TypedResults.Created($"/api/classes/{code}", new CreateClassResponse(code, created.Value.FacilitatorToken, joinUrl));
    }

    private static async Task<Results<Ok<ClassStatus>, NotFound>> Status(string code, ClassroomService classes) =>
        await classes.GetAsync(code) is { } view ? TypedResults.Ok(ClassStatus.Of(view)) : TypedResults.NotFound();

    private static async Task<Results<Ok<JoinResponse>, NotFound, ProblemHttpResult>> Join(string code, JoinRequest request, ClassroomService classes)
    {
        var joined = await classes.JoinAsync(code, request.Seat, request.Name);
        if (joined.NotFound)
        {
            return TypedResults.NotFound();
        }

        return joined.Ok ? TypedResults.Ok(new JoinResponse(joined.Value!)) : TypedResults.Problem(joined.Error, statusCode: StatusCodes.Status400BadRequest, title: "cannot join");
    }

    private static async Task<Results<Ok<Debrief>, NotFound, ProblemHttpResult>> GetDebrief(string code, ClassroomService classes)
    {
        if (await classes.GetAsync(code) is not { } view)
        {
            return TypedResults.NotFound();
        }

        return await classes.DebriefAsync(view.Code) is { } debrief
            ? TypedResults.Ok(debrief)
            : TypedResults.Problem("the debrief is ready when the talks are over", statusCode: StatusCodes.Status409Conflict, title: "not over yet");
    }

    private static async Task<Results<Ok<SeatBrief>, NotFound>> Brief(string code, string seat, ClassroomService classes) =>
        await classes.GetSeatAsync(code, seat) is { } view ? TypedResults.Ok(view.Brief) : TypedResults.NotFound();

    /// <summary>What only this seat sees now: its brief, what the draft is worth to it, its answer so far, and (for the chair) the engine's draft.</summary>
    private static async Task<Results<Ok<Classroom.Views.SeatPrivateView>, NotFound>> SeatView(string code, string seat, ClassroomService classes) =>
        await classes.GetSeatAsync(code, seat) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    private static async Task<Results<Ok<ClassReply>, ProblemHttpResult>> Answer(string code, string seat, AnswerRequest request, ClassroomService classes)
    {
        var items = new List<ItemAnswer>();
        foreach (var item in request.Items ?? [])
        {
            RejectReason? reason = item.Accept ? RejectReason.None : item.Reason switch
            {
                "limit" => RejectReason.OwnLimit,
                "not-enough" => RejectReason.NotEnough,
                "other" => RejectReason.Other,
                _ => null,
            };
            if (reason is null || string.IsNullOrEmpty(item.Issue) || item.Issue.Length > 64)
            {
                return TypedResults.Problem($"{Clip(item.Issue)}: a rejection gives reason 'limit', 'not-enough' or 'other' (with a note)", statusCode: StatusCodes.Status400BadRequest, title: "bad answer");
            }

            items.Add(new ItemAnswer(item.Issue, item.Accept, reason.Value, item.Note, item.Counter));
        }

        return await Reply(classes.AnswerAsync(code, seat, request.Round - 1, items));
    }

    private static Task<Results<Ok<ClassReply>, ProblemHttpResult>> Draft(string code, string seat, DraftRequest request, ClassroomService classes) =>
        Reply(classes.DraftAsync(code, seat, request.Round - 1, [.. request.Items ?? []], request.Separate ?? []));

    private static async Task<Results<Ok<ClassReply>, ProblemHttpResult>> Reply(Task<ClassReply> call)
    {
        var reply = await call;
        return reply.Ok ? TypedResults.Ok(reply) : TypedResults.Problem(reply.Error, statusCode: StatusCodes.Status400BadRequest, title: "refused");
    }

    private static string Clip(string? s) => s is null ? "(no issue)" : s.Length > 40 ? s[..40] : s;
}
