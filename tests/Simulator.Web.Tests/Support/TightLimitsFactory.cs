namespace Simulator.Web.Tests.Support;

/// <summary>The app with rate limits low enough for a test to exceed them.</summary>
public sealed class TightLimitsFactory : ClassroomFactory
{
    protected override int JoinsPerMinute => 3;

    protected override int AnswersPerMinute => 3;
}
