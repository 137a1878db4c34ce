using System.Net;
using Simulator.Web.Tests.Support;

namespace Simulator.Web.Tests.Api;

/// <summary>A seat that floods the answer endpoints gets 429 (its own app instance, so other tests' calls do not count).</summary>
public sealed class AnswerRateLimitTests(TightLimitsFactory factory) : IClassFixture<TightLimitsFactory>
{
    [Fact]
    public async Task Answering_too_often_is_refused_with_429()
    {
        var http = factory.CreateClient();
        var (code, facilitator) = await ApiClient.CreateClass(http, "ukraine");
        var seat = await ApiClient.Join(http, code, "ukraine", "Olena");
        await ApiClient.Post(http, $"/api/classes/{code}/start", facilitator);
        var statuses = new List<HttpStatusCode>();
        for (var k = 0; k < 6; k++)
        {
            statuses.Add((await ApiClient.Post(http, $"/api/classes/{code}/seats/ukraine/statement", seat, new { text = $"statement {k}" })).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, statuses[0]);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }
}
