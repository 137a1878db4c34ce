using Microsoft.AspNetCore.Components;
using Simulator.Web.Classroom;
using Simulator.Web.Classroom.Views;

namespace Simulator.Web.Components.Shared;

/// <summary>
/// A page that shows one class live: it loads the class when it opens and, once interactive, again
/// every second over its circuit (the countdown and the answers as they arrive).
/// </summary>
public abstract class LiveClassPage : ComponentBase, IDisposable
{
    private readonly CancellationTokenSource _stop = new();

    [Parameter]
    public string Code { get; set; } = string.Empty;

    [Inject]
    protected ClassroomService Classes { get; set; } = default!;

    [Inject]
    protected ILogger<LiveClassPage> Log { get; set; } = default!;

    protected ClassView? View { get; private set; }

    /// <summary>The last command's refusal, shown to the person who gave it.</summary>
    protected string? Problem { get; set; }

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
        GC.SuppressFinalize(this);
    }

    protected override async Task OnInitializedAsync()
    {
        Code = ClassTokens.Normalise(Code);
        await LoadAsync();
    }

    protected virtual async Task LoadAsync() => View = await Classes.GetAsync(Code);

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender && RendererInfo.IsInteractive)
        {
            _ = PollAsync(_stop.Token);
        }
    }

    /// <summary>Runs a command and shows its refusal, if any; then reloads at once.</summary>
    protected async Task Run(Func<Task<Contracts.Sessions.ClassReply>> command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var reply = await command();
        Problem = reply.Ok ? null : reply.Error;
        await LoadAsync();
    }

    private async Task PollAsync(CancellationToken stop)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                await InvokeAsync(async () =>
                {
                    try
                    {
                        await LoadAsync();
                        StateHasChanged();
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        Log.LogWarning(ex, "Refreshing class {Code} failed", Code);
                    }
                });
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed.
        }
    }
}
