using System.Globalization;
using Microsoft.Extensions.Options;
using Simulator.Contracts.Sessions;
using Simulator.Domain.Classroom;
using Simulator.Domain.Scenarios.Loading;
using Simulator.Web.Classroom.Views;
using ParameterChange = Simulator.Domain.Scenarios.ParameterChange;

namespace Simulator.Web.Classroom;

/// <summary>
/// The one application service over the classroom grains: the pages and the JSON API both call it,
/// so neither holds a rule the other lacks. Commands go to the class's grain (which checks them with
/// the Domain's rules); reads come from a replica rebuilt from the grain's record.
/// </summary>
public sealed partial class ClassroomService(
    IClusterClient client,
    ScenarioCatalog catalog,
    ClassReplicas replicas,
    DebriefCache debriefs,
    IOptions<ClassroomOptions> options,
    TimeProvider time)
{
    public const int MaxNameLength = 40;
    private const int CreateAttempts = 8;

    public ScenarioCatalog Catalog => catalog;

    /// <summary>Creates a class from a shipped scenario id or uploaded YAML; scenario errors come back as `file:line:column: message` lines.</summary>
    public async Task<ServiceResult<CreatedClass>> CreateAsync(string? scenarioId, string? uploadedYaml, IReadOnlyCollection<string> humanSeats, int? roundSeconds)
    {
        ArgumentNullException.ThrowIfNull(humanSeats);
        string yaml;
        string? series = null;
        Domain.Engine.CompiledScenario first;
        try
        {
            if (string.IsNullOrWhiteSpace(uploadedYaml) && catalog.IsSeries(scenarioId))
            {
                series = catalog.LoadSeries(scenarioId!);
                yaml = Domain.Series.SeriesSnapshot.RoundYaml(series, 0);
                first = replicas.Series(series).Rounds[0].Scenario;
            }
            else
            {
                var resolved = !string.IsNullOrWhiteSpace(uploadedYaml)
                    ? UploadedScenario.Load(uploadedYaml, catalog)
                    : catalog.Load(scenarioId ?? string.Empty);
                yaml = resolved.Yaml;
                first = Domain.Engine.CompiledScenario.Compile(resolved.Scenario);
            }
        }
        catch (ScenarioException ex)
        {
            return ServiceResult<CreatedClass>.Fail(string.Join("\n", ex.Errors.Select(e => e.ToString())));
        }

        var seats = ClassTable.Seats(first).Select(s => s.Party).ToList();
        var unknown = humanSeats.Where(h => !seats.Contains(h)).ToList();
        if (unknown.Count > 0)
        {
            return ServiceResult<CreatedClass>.Fail($"no seat {string.Join(", ", unknown.Select(u => $"'{Clip(u)}'"))} in this scenario; the seats are {string.Join(", ", seats)}");
        }

        if (ClassTable.ChairSeatProblem(first, humanSeats) is { } chairProblem)
        {
            return ServiceResult<CreatedClass>.Fail(chairProblem);
        }

        var seconds = roundSeconds ?? options.Value.RoundSeconds;
        if (seconds is < 10 or > 3600)
        {
            return ServiceResult<CreatedClass>.Fail("a round lasts 10 to 3600 seconds");
        }

        for (var attempt = 0; attempt < CreateAttempts; attempt++)
        {
            var code = ClassTokens.NewCode();
            var token = ClassTokens.NewToken(code);
            var setup = new ClassSetup(yaml, [.. humanSeats.Distinct(StringComparer.Ordinal)], ClassTokens.Hash(token), seconds, time.GetUtcNow().AddHours(options.Value.ClassLifetimeHours), series);
            if (await Grain(code).Create(setup))
            {
                return ServiceResult<CreatedClass>.Success(new CreatedClass(code, token));
            }
        }

        return ServiceResult<CreatedClass>.Fail("could not find a free join code; try again");
    }

    /// <summary>A person joins a seat; several people may share one seat as a team.</summary>
    public async Task<ServiceResult<string>> JoinAsync(string code, string? seat, string? name)
    {
        code = ClassTokens.Normalise(code);
        var person = (name ?? string.Empty).Trim();
        if (!ClassTokens.IsCode(code))
        {
            return ServiceResult<string>.Fail("no such class: check the join code", notFound: true);
        }

        if (person.Length is 0 or > MaxNameLength)
        {
            return ServiceResult<string>.Fail($"give a display name of 1 to {MaxNameLength} characters");
        }

        if (string.IsNullOrEmpty(seat) || seat.Length > 64)
        {
            return ServiceResult<string>.Fail("choose a seat");
        }

        var token = ClassTokens.NewToken(code);
        var reply = await Grain(code).Join(seat, person, ClassTokens.Hash(token));
        return reply.Ok ? ServiceResult<string>.Success(token) : ServiceResult<string>.Fail(reply.Error!, notFound: reply.Version == 0 && reply.Error!.StartsWith("no such class", StringComparison.Ordinal));
    }

    /// <summary>Whose token this is in the class it names (nobody for a malformed, unknown or expired token).</summary>
    public async Task<(string? Code, ClassAccess Access)> IdentifyAsync(string? token)
    {
        var code = ClassTokens.CodeOf(token);
        return code is null ? (null, ClassAccess.None) : (code, await Grain(code).Identify(ClassTokens.Hash(token!)));
    }

    /// <summary>Does <paramref name="token"/> act for <paramref name="seat"/> (or, with a null seat, as facilitator) of class <paramref name="code"/>?</summary>
    public async Task<bool> MayActAsync(string? token, string code, string? seat)
    {
        var (tokenCode, access) = await IdentifyAsync(token);
        return tokenCode == code && (seat is null
            ? access.Role == ClassAccessRole.Facilitator
            : access.Role == ClassAccessRole.Seat && access.Seat == seat);
    }

    public Task<ClassReply> StartAsync(string code) => Send(code, new ClassInput(ClassInputKind.Start));

    public Task<ClassReply> PauseAsync(string code) => Grain(code).Pause();

    public Task<ClassReply> ResumeAsync(string code) => Grain(code).Resume();

    public Task<ClassReply> ExtendAsync(string code, int seconds) => Grain(code).Extend(seconds);

    /// <summary>On a series, once a meeting is over: the next meeting, from what the class agreed.</summary>
    public Task<ClassReply> NextMeetingAsync(string code) => Grain(code).NextMeeting();

    public Task<ClassReply> EndAsync(string code) => Send(code, new ClassInput(ClassInputKind.End));

    /// <summary>Closes the open round now (the agent answers for seats that have not) and opens the next.</summary>
    public async Task<ClassReply> NextAsync(string code)
    {
        var view = await GetAsync(code);
        return view is null ? ClassReply.Refused("no such class", 0) : await Send(code, new ClassInput(ClassInputKind.CloseRound) { Round = view.Round });
    }

    public Task<ClassReply> AnswerAsync(string code, string seat, int round, IReadOnlyList<ItemAnswer> answers) =>
        Send(code, new ClassInput(ClassInputKind.Answer) { Party = seat, Round = round, Answers = answers });

    public Task<ClassReply> DraftAsync(string code, string seat, int round, IReadOnlyList<KeyValuePair<string, double>> draft, IReadOnlyList<string> separate) =>
        Send(code, new ClassInput(ClassInputKind.Draft) { Party = seat, Round = round, Draft = draft, Separate = separate });

    public Task<ClassReply> InfluenceAsync(string code, string patron, string target, bool press) =>
        Send(code, new ClassInput(ClassInputKind.Influence) { Party = patron, Target = target, Flag = press });

    public Task<ClassReply> StatementAsync(string code, string seat, string text) =>
        Send(code, new ClassInput(ClassInputKind.Statement) { Party = seat, Text = text });

    public Task<ClassReply> RevealAsync(string code, string seat, string item) =>
        Send(code, new ClassInput(ClassInputKind.Reveal) { Party = seat, Text = item });

    public Task<ClassReply> SeatControlAsync(string code, string seat, bool person) =>
        Send(code, new ClassInput(ClassInputKind.SeatControl) { Party = seat, Flag = person });

    /// <summary>
    /// Injects an event: one of the scenario's timeline events by its number (1-based), or parameter
    /// changes typed as in `--set` (`parties.russia.concessionBeta=2`).
    /// </summary>
    public async Task<ClassReply> InjectAsync(string code, int? timelineEvent, IReadOnlyList<string> sets, string? description)
    {
        ArgumentNullException.ThrowIfNull(sets);
        var record = await Grain(code).GetRecord();
        if (record is null)
        {
            return ClassReply.Refused("no such class", 0);
        }

        var scenario = replicas.Scenario(record).Scenario;
        var changes = new List<ParameterChange>();
        var text = description;
        if (timelineEvent is { } k)
        {
            if (k < 1 || k > scenario.Timeline.Count)
            {
                return ClassReply.Refused($"the scenario has {scenario.Timeline.Count} timeline event(s); choose 1 to {scenario.Timeline.Count}", record.Inputs.Length);
            }

            changes.AddRange(scenario.Timeline[k - 1].Changes);
            text ??= scenario.Timeline[k - 1].Description;
        }

        foreach (var set in sets.Where(s => !string.IsNullOrWhiteSpace(s)))
        {
            var parts = set.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                return ClassReply.Refused($"'{Clip(set)}': write PATH=VALUE, e.g. parties.russia.concessionBeta=2", record.Inputs.Length);
            }

            changes.Add(new ParameterChange(parts[0], value));
        }

        return await Send(code, new ClassInput(ClassInputKind.Inject) { Changes = changes, Text = text });
    }

    private static string Clip(string s) => s.Length > 60 ? s[..60] + "…" : s;

    private async Task<ClassReply> Send(string code, ClassInput input) =>
        ClassTokens.IsCode(code) ? await Grain(code).Apply(ClassInputJson.Write(input)) : ClassReply.Refused("no such class", 0);

    private IClassroomGrain Grain(string code) => client.GetGrain<IClassroomGrain>(code);
}
