using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Simulator.Web.Tests.Support;

/// <summary>The real classroom app on Kestrel, on a free loopback port, for browsers to talk to; stopped by the test that started it.</summary>
internal sealed class LiveServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LiveServer(WebApplication app, string url)
    {
        _app = app;
        Url = url;
    }

    public string Url { get; }

    public static async Task<LiveServer> StartAsync(int roundSeconds)
    {
        var app = ClassroomApp.Build(
        [
            "--urls", "http://127.0.0.1:0",
            "--applicationName", "Simulator.Web",
            "--environment", "Development",
            "--Classroom:ScenarioDirectory", RepositoryFiles.PathOf("scenarios"),
            "--Classroom:SimulatedRuns", "200",
            "--Classroom:RoundSeconds", roundSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--contentRoot", RepositoryFiles.PathOf("src/Simulator.Web"),
        ]);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LiveServer(app, address.TrimEnd('/'));
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await _app.StopAsync(timeout.Token);
        await _app.DisposeAsync();
    }
}
