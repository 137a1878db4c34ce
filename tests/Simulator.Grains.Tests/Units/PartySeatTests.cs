using Simulator.Contracts.Ids;

namespace Simulator.Grains.Tests.Units;

public sealed class PartySeatTests
{
    [Fact]
    public void A_seat_key_parses_back_to_the_same_session_and_party()
    {
        var seat = new PartySeat(new SessionId("class-7b"), "ukraine");

        Assert.Equal("class-7b/ukraine", seat.Key);
        Assert.Equal(seat, PartySeat.Parse(seat.Key));
    }

    [Theory]
    [InlineData("no-slash")]
    [InlineData("/ukraine")]
    [InlineData("session/")]
    public void A_key_without_both_parts_is_refused(string key) =>
        Assert.Throws<FormatException>(() => PartySeat.Parse(key));
}
