using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Protocols.Classic;
using Simulator.Domain.Scenarios;

namespace Simulator.Benchmarks.Baseline;

/// <summary>The value one run drew for a parameter that a blocker's explanation names.</summary>
internal readonly record struct BlockerFigure(int Parameter, double Value);
