using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Simulator.Web.Tests.Support;

/// <summary>
/// The classroom app in-process (its embedded silo included) on a fake clock, with rate limits set
/// by the test class: generous by default, tight where a test tries to exceed them.
/// </summary>
public class ClassroomFactory : WebApplicationFactory<Program>
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 5, 16, 9, 0, 0, TimeSpan.Zero));

    protected virtual int JoinsPerMinute => 10_000;

    protected virtual int AnswersPerMinute => 10_000;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Development");
        builder.UseSetting("Classroom:JoinsPerMinute", JoinsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Classroom:AnswersPerMinute", AnswersPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Classroom:SimulatedRuns", "200");
        builder.UseSetting("Classroom:ScenarioDirectory", RepositoryFiles.PathOf("scenarios"));
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
