using Simulator.Cli.Execution;
using Simulator.Cli.Output;
using Simulator.Cli.Play;
using Simulator.Contracts.Ids;
using Simulator.Contracts.Sessions;
using Simulator.Domain.Engine;
using Simulator.Domain.Scenarios;
using Simulator.Domain.Scenarios.Loading;
using Simulator.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Simulator.Cli.Commands;

/// <summary>
/// `sim play FILE`: one live session on an embedded silo, drawn round by round for a class: the
/// draft, each principal's answer as it comes, the reasons, and the outcome. `--step` pauses
/// between rounds; `--human PARTY` puts a person in a principal's seat, who answers at the terminal
/// (read through <see cref="IPlayInput"/>) against a countdown of their own. q at any prompt quits
/// and writes nothing; `--out DIR` writes the transcript once the session has ended. Ctrl-C stops
/// at once (exit 130, nothing written): no wait on the silo's start or on a grain call after it.
/// </summary>
public sealed class PlayCommand(IAnsiConsole console, IPlayInput input, TimeProvider time) : AsyncCommand<PlaySettings>
{
    /// <summary>How long past the terminal's own deadlines the seat grains wait, should this process go away mid-question.</summary>
    private static readonly TimeSpan GrainSlack = TimeSpan.FromSeconds(60);

    public override async Task<int> ExecuteAsync(CommandContext context, PlaySettings settings, CancellationToken cancellationToken)
    {
        var (loaded, snapshot) = ScenarioLoader.LoadResolved(settings.File, settings.Sets, settings.BaseRoot);
        var scenario = CompiledScenario.Compile(loaded);
        var words = new ScenarioWording(loaded);
        var principals = scenario.Principals.Select(p => scenario.Parties[p].Id).ToList();
        foreach (var human in settings.Human.Where(h => !principals.Contains(h)))
        {
            throw new UserInputException($"--human {ConsoleText.Plain(human)}: not a principal at this table; choose one of {string.Join(", ", principals)}.");
        }

        if (settings.Out is { } outDir && File.Exists(outDir))
        {
            throw new UserInputException($"--out {ConsoleText.Plain(outDir)}: is a file; give a folder for transcript.json and transcript.txt.");
        }

        var humans = settings.Human.Distinct().ToArray();
        var deadline = TimeSpan.FromSeconds(settings.Deadline);
        var prompt = new TimedPrompt(console, input, time);
        var cluster = ClusterOption.Resolve(settings.Cluster, out _);
        var options = new SimulatorSiloOptions { Telemetry = TelemetryOption.Parse(settings.Telemetry), TraceSampleRatio = 1 };
        await using var silo = await InterruptibleConnection.OpenAsync(() => OrleansConnections.OpenAsync(cluster, options, CancellationToken.None, settings.ClusterId), cancellationToken);
        var id = SessionId.New();
        var session = silo.Client.GetGrain<ISessionGrain>(id.Value);
        var observer = new LiveSessionObserver();
        var reference = silo.Client.CreateObjectReference<ISessionObserver>(observer);
        try
        {
            // Ctrl-C never waits on a grain call: each is left at once (the silo goes with the process).
            await session.Subscribe(reference).WaitAsync(cancellationToken);

            // The terminal keeps each seat's deadline; the grains wait for all seats in turn, and a little longer.
            var info = await session.Start(new SessionSetup(snapshot, humans, deadline * Math.Max(1, humans.Length) + GrainSlack, settings.Seed)).WaitAsync(cancellationToken);
            console.Write(new Rule($"[bold]{ConsoleText.Markup(info.Title)}[/]"));
            console.MarkupLine($"chair: {ConsoleText.Markup(PlayTranscript.ChairNames(info.Chair, words))}; at the table: {ConsoleText.Markup(string.Join(", ", info.Principals.Select(words.Party)))}");
            var seats = new HumanSeatPrompt(prompt, deadline, words);

            // Bounded: the session ends by its round limit; one extra pass lets it close.
            for (var round = 0; round <= scenario.Scenario.Protocol.MaxRounds; round++)
            {
                if (settings.Step && round > 0 && (await prompt.AskAsync("[dim]Press Enter for the next round[/]", cancellationToken)).IsQuit)
                {
                    throw new PlayQuitException();
                }

                var played = info.HumanParties.Length > 0
                    ? await PlayWithPeople(silo, id, info, words, session, observer, seats, round, cancellationToken)
                    : await PlayLive(info, words, session, observer, round, cancellationToken);
                if (!played)
                {
                    break;
                }
            }

            var status = await session.GetStatus().WaitAsync(cancellationToken);
            if (status.Outcome is { } outcome)
            {
                console.Write(SessionView.Outcome(outcome, words));
            }

            if (settings.Out is { } folder)
            {
                var transcript = new PlayTranscript(
                    Reproducibility.ProvenanceFactory.For("play", settings.File, snapshot, loaded, settings.Sets, runs: null, settings.Seed),
                    info.ScenarioId,
                    info.Title,
                    info.Mediator,
                    info.Chair,
                    info.Principals,
                    info.HumanParties,
                    settings.Deadline,
                    settings.Seed,
                    await session.GetTranscript().WaitAsync(cancellationToken),
                    status.Outcome);
                using var output = OutputFolder.Open(folder);
                output.WriteText(PlayTranscript.JsonFileName, transcript.ToJson());
                output.WriteText(PlayTranscript.TextFileName, transcript.ToText(words));
                console.MarkupLine($"[dim]wrote {ConsoleText.Markup(Path.Combine(folder, PlayTranscript.JsonFileName))} and {PlayTranscript.TextFileName}[/]");
            }

            return ExitCodes.Success;
        }
        catch (PlayQuitException)
        {
            console.MarkupLine("[dim]quit: the session was left unfinished; nothing was written.[/]");
            return ExitCodes.Success;
        }
        finally
        {
            // After Ctrl-C the subscription goes with the embedded silo (a cluster's session expires it):
            // leaving the session is not worth a call that could keep the process past its grace.
            // Best effort: with the cluster gone the session is gone too, and the error that ended the
            // command (or the quit) is what the user should see, not the failed goodbye.
            if (!cancellationToken.IsCancellationRequested)
            {
                try
                {
                    await session.Unsubscribe(reference);
                }
                catch (Exception ex) when (ClusterLoss.Is(ex))
                {
                }
            }

            silo.Client.DeleteObjectReference<ISessionObserver>(reference);
            GC.KeepAlive(observer);
        }
    }

    /// <summary>Software agents in every seat: the draft appears, then the answers fill in.</summary>
    private async Task<bool> PlayLive(SessionInfo info, ScenarioWording words, ISessionGrain session, LiveSessionObserver observer, int round, CancellationToken cancellationToken)
    {
        var step = session.Step();
        var question = await observer.QuestionFor(round, step).WaitAsync(cancellationToken);
        if (question is null)
        {
            return Show(info, words, await step.WaitAsync(cancellationToken));
        }

        var played = false;
        await console.Live(SessionView.Round(info, question, words)).StartAsync(async live =>
        {
            var closed = await step.WaitAsync(cancellationToken);
            played = closed is not null;
            if (closed is not null)
            {
                live.UpdateTarget(SessionView.Round(info, closed, words));
            }
        });
        return played;
    }

    private bool Show(SessionInfo info, ScenarioWording words, RoundSummary? closed)
    {
        if (closed is not null)
        {
            console.Write(SessionView.Round(info, closed, words));
        }

        return closed is not null;
    }

    /// <summary>Some seats are people: show the draft, take each person's decision at the terminal in turn, then show the answers.</summary>
    private async Task<bool> PlayWithPeople(IOrleansConnection silo, SessionId id, SessionInfo info, ScenarioWording words, ISessionGrain session, LiveSessionObserver observer, HumanSeatPrompt seats, int round, CancellationToken cancellationToken)
    {
        var step = session.Step();
        var question = await observer.QuestionFor(round, step).WaitAsync(cancellationToken);
        if (question is null)
        {
            return Show(info, words, await step.WaitAsync(cancellationToken));
        }

        console.Write(SessionView.Round(info, question, words));
        foreach (var party in info.HumanParties)
        {
            var answer = await seats.AskAsync(party, question, cancellationToken);
            if (!await Submit(silo.Client.GetGrain<IPartyGrain>(new PartySeat(id, party).Key), answer, cancellationToken))
            {
                console.MarkupLine($"[dim]too late: the software agent answered for {ConsoleText.Markup(words.Party(party))}.[/]");
            }
        }

        return Show(info, words, await step.WaitAsync(cancellationToken));
    }

    /// <summary>The question reaches the screen a moment before the seat starts waiting: retry briefly (bounded) before calling it too late.</summary>
    private static async Task<bool> Submit(IPartyGrain seat, HumanAnswer answer, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 40; attempt++)
        {
            if (await seat.SubmitHumanAnswer(answer).WaitAsync(cancellationToken))
            {
                return true;
            }

            await Task.Delay(50, cancellationToken);
        }

        return false;
    }
}
