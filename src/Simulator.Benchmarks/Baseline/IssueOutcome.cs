using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Protocols.Classic;
using Simulator.Domain.Scenarios;

namespace Simulator.Benchmarks.Baseline;

/// <summary>The result on one agenda issue: agreed at a value (in the round it was agreed) or blocked, and by what.</summary>
internal sealed record IssueOutcome(int Issue, bool Agreed, double Value, int Round, Blocker? Blocker);
