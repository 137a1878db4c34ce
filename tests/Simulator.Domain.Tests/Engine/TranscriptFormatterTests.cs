using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;

namespace Simulator.Domain.Tests.Engine;

public sealed class TranscriptFormatterTests
{
    [Fact]
    public void Transcript_names_the_linkage_that_blocked_the_ceasefire_and_the_split_off_swap()
    {
        var compiled = CompiledScenario.Compile(TestScenarios.Table());
        var text = TranscriptFormatter.Format(compiled, ExperimentRunner.Explain(compiled, 1, 0));
        Assert.Contains("split off and agreed: swap 50 = 1,000 prisoners per side", text, StringComparison.Ordinal);
        Assert.Contains("B accepts ceasefire >= 10 (between 'none' and 'full') only with territory >= 70", text, StringComparison.Ordinal);
        Assert.Contains("ceasefire: not agreed", text, StringComparison.Ordinal);
    }
}
