using System.Net;
using System.Net.Http.Json;
using Simulator.Web.Tests.Support;

namespace Simulator.Web.Tests.Api;

/// <summary>Joining and answering are rate-limited (ASP.NET Core's rate limiter): a flood gets 429.</summary>
public sealed class RateLimitTests(TightLimitsFactory factory) : IClassFixture<TightLimitsFactory>
{
    [Fact]
    public async Task Joining_too_often_is_refused_with_429()
    {
        var http = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var k = 0; k < 6; k++)
        {
            statuses.Add((await http.PostAsJsonAsync("/api/classes/ABCDEF/join", new { seat = "ukraine", name = $"bot{k}" })).StatusCode);
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }
}
