using Simulator.Cli.Execution;
using Simulator.Cli.Output;
using Simulator.Cli.Play;
using Simulator.Contracts.Ids;
using Simulator.Contracts.Sessions;
using Simulator.Domain.Engine;
using Simulator.Domain.Scenarios.Loading;
using Simulator.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Simulator.Cli.Commands;

/// <summary>
/// `sim play FILE`: one live session on an embedded silo, drawn round by round for a class: the
/// draft, each principal's answer as it comes, the reasons, and the outcome. `--step` pauses
/// between rounds; `--human PARTY` puts a person in a principal's seat.
/// </summary>
public sealed class PlayCommand(IAnsiConsole console) : AsyncCommand<PlaySettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, PlaySettings settings, CancellationToken cancellationToken)
    {
        var (loaded, snapshot) = ScenarioLoader.LoadResolved(settings.File, settings.Sets, settings.BaseRoot);
        var scenario = CompiledScenario.Compile(loaded);
        var principals = scenario.Principals.Select(p => scenario.Parties[p].Id).ToList();
        foreach (var human in settings.Human.Where(h => !principals.Contains(h)))
        {
            throw new UserInputException($"--human {ConsoleText.Plain(human)}: not a principal at this table; choose one of {string.Join(", ", principals)}.");
        }

        await using var silo = await OrleansConnections.OpenAsync(ClusterOption.Resolve(settings.Cluster, out _), new SimulatorSiloOptions { Telemetry = TelemetryOption.Parse(settings.Telemetry), TraceSampleRatio = 1 }, cancellationToken, settings.ClusterId);
        var id = SessionId.New();
        var session = silo.Client.GetGrain<ISessionGrain>(id.Value);
        var observer = new LiveSessionObserver();
        var reference = silo.Client.CreateObjectReference<ISessionObserver>(observer);
        await session.Subscribe(reference);
        var info = await session.Start(new SessionSetup(snapshot, [.. settings.Human.Distinct()], TimeSpan.FromSeconds(settings.Deadline)));
        console.Write(new Rule($"[bold]{ConsoleText.Markup(info.Title)}[/]"));
        console.MarkupLine($"chair: {ConsoleText.Markup(info.Mediator ?? "none")}; at the table: {ConsoleText.Markup(string.Join(", ", info.Principals))}");

        // Bounded: the session ends by its round limit; one extra pass lets it close.
        for (var round = 0; round <= scenario.Scenario.Protocol.MaxRounds; round++)
        {
            if (settings.Step && round > 0)
            {
                console.MarkupLine("[dim]Press Enter for the next round.[/]");
                _ = Console.In.ReadLine();
            }

            var played = info.HumanParties.Length > 0
                ? await PlayWithPeople(console, silo, id, info, session, observer, round)
                : await PlayLive(console, info, session, observer, round);
            if (!played)
            {
                break;
            }
        }

        var status = await session.GetStatus();
        if (status.Outcome is { } outcome)
        {
            console.Write(SessionView.Outcome(outcome));
        }

        await session.Unsubscribe(reference);
        silo.Client.DeleteObjectReference<ISessionObserver>(reference);
        GC.KeepAlive(observer);
        return ExitCodes.Success;
    }

    /// <summary>Software agents in every seat: the draft appears, then the answers fill in.</summary>
    private static async Task<bool> PlayLive(IAnsiConsole console, SessionInfo info, ISessionGrain session, LiveSessionObserver observer, int round)
    {
        var step = session.Step();
        var question = await observer.QuestionFor(round, step);
        if (question is null)
        {
            return await Show(console, info, await step);
        }

        var played = false;
        await console.Live(SessionView.Round(info, question)).StartAsync(async live =>
        {
            var closed = await step;
            played = closed is not null;
            if (closed is not null)
            {
                live.UpdateTarget(SessionView.Round(info, closed));
            }
        });
        return played;
    }

    private static Task<bool> Show(IAnsiConsole console, SessionInfo info, RoundSummary? closed)
    {
        if (closed is not null)
        {
            console.Write(SessionView.Round(info, closed));
        }

        return Task.FromResult(closed is not null);
    }

    /// <summary>Some seats are people: show the draft, take each person's decision at the terminal, then show the answers.</summary>
    private static async Task<bool> PlayWithPeople(IAnsiConsole console, IOrleansConnection silo, SessionId id, SessionInfo info, ISessionGrain session, LiveSessionObserver observer, int round)
    {
        var step = session.Step();
        var question = await observer.QuestionFor(round, step);
        if (question is null)
        {
            return await Show(console, info, await step);
        }

        console.Write(SessionView.Round(info, question));
        foreach (var party in info.HumanParties)
        {
            var answer = HumanSeatPrompt.Ask(console, Console.In, party, question);
            if (!await Submit(silo.Client.GetGrain<IPartyGrain>(new PartySeat(id, party).Key), answer))
            {
                console.MarkupLine($"[dim]too late: the software agent answered for {ConsoleText.Markup(party)}.[/]");
            }
        }

        return await Show(console, info, await step);
    }

    /// <summary>The question reaches the screen a moment before the seat starts waiting: retry briefly (bounded) before calling it too late.</summary>
    private static async Task<bool> Submit(IPartyGrain seat, HumanAnswer answer)
    {
        for (var attempt = 0; attempt < 40; attempt++)
        {
            if (await seat.SubmitHumanAnswer(answer))
            {
                return true;
            }

            await Task.Delay(50);
        }

        return false;
    }
}
