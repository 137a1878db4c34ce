using System.Net;
using System.Net.Http.Json;
using Simulator.Web.Tests.Support;

namespace Simulator.Web.Tests.Api;

/// <summary>A class on the US co-chair what-if: one co-mediator's seat may be a person's; both are refused before any class exists.</summary>
public sealed class SharedChairClassApiTests(ClassroomFactory factory) : IClassFixture<ClassroomFactory>
{
    private readonly HttpClient _http = factory.CreateClient();

    [Fact]
    public async Task One_co_mediators_seat_may_be_played_by_a_person()
    {
        var response = await _http.PostAsJsonAsync("/api/classes", new { scenario = "what-if-us-co-chairs", humanSeats = new[] { "usa", "ukraine" }, roundSeconds = 120 });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Both_co_mediators_seats_for_people_are_refused_with_the_reason()
    {
        var response = await _http.PostAsJsonAsync("/api/classes", new { scenario = "what-if-us-co-chairs", humanSeats = new[] { "turkey", "usa" }, roundSeconds = 120 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("the chair is shared by Turkey and United States", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
