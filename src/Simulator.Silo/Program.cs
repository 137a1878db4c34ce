using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Dashboard;
using Simulator.Hosting.Cluster;
using Simulator.Silo;

// A standalone silo of a real cluster: Redis membership and grain storage, batches from any client.
if (args.Any(a => a is "--help" or "-h"))
{
    Console.WriteLine(SiloSettings.Help);
    return 0;
}

if (SiloSettings.CheckArguments(args) is { } badArgument)
{
    Console.Error.WriteLine($"Simulator.Silo: {badArgument}");
    Console.Error.WriteLine(SiloSettings.Usage);
    return 2;
}

var configuration = new ConfigurationBuilder()
    .SetBasePath(AppContext.BaseDirectory)
    .AddJsonFile("appsettings.json", optional: true)
    .AddInMemoryCollection(SiloSettings.FromEnvironment())
    .AddEnvironmentVariables()
    .AddCommandLine(args, SiloSettings.SwitchMappings)
    .Build();
var settings = SiloSettings.Read(configuration, out var error);
if (error is not null)
{
    Console.Error.WriteLine($"Simulator.Silo: {error}");
    Console.Error.WriteLine(SiloSettings.Usage);
    return 2;
}

IHost host;
if (settings.DashboardPort > 0)
{
    // The Dashboard is a web page: only then does the silo serve HTTP, on loopback unless told otherwise.
    var web = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
    web.Configuration.AddConfiguration(configuration);
    web.WebHost.UseUrls($"http://{Bracketed(settings.DashboardAddress)}:{settings.DashboardPort}");
    Configure(web);
    web.Services.AddOrleans(silo => silo.AddDashboard());
    var app = web.Build();
    app.MapOrleansDashboard();
    host = app;
}
else
{
    var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
    builder.Configuration.AddConfiguration(configuration);
    Configure(builder);
    host = builder.Build();
}

try
{
    await host.StartAsync();
}
catch (Exception ex) when (ex is not OperationCanceledException)
{
    Console.Error.WriteLine($"Simulator.Silo: could not join the cluster '{settings.Silo.ClusterId}' at {settings.Silo.Cluster}: {ex.GetBaseException().Message}");
    Console.Error.WriteLine("hint: start redis-server there (apt-get install -y redis-server), and check that the silo and gateway ports are free");
    return 1;
}

var joined = host.Services.GetRequiredService<IClusterMembershipService>().CurrentSnapshot;
var self = host.Services.GetRequiredService<ILocalSiloDetails>();
var active = joined.Members.Values.Count(m => m.Status == SiloStatus.Active);
Console.WriteLine(
    $"Simulator.Silo {self.SiloAddress.ToParsableString()} joined cluster '{settings.Silo.ClusterId}' at {settings.Silo.Cluster}: " +
    $"{active} active silo(s), gateway port {settings.Silo.GatewayPort}" +
    (settings.DashboardPort > 0 ? $", dashboard http://{Bracketed(settings.DashboardAddress)}:{settings.DashboardPort}/" : ""));

// SIGTERM or Ctrl-C: Orleans leaves the cluster gracefully; batches it cannot finish fail over to the other silos.
await host.WaitForShutdownAsync();
host.Dispose();
return 0;

void Configure(IHostApplicationBuilder builder)
{
    builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(60));
    builder.AddSimulatorClusterSilo(settings.Silo);
}

static string Bracketed(System.Net.IPAddress address) =>
    address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString();
