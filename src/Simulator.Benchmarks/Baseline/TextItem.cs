using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Protocols.Classic;
using Simulator.Domain.Scenarios;

namespace Simulator.Benchmarks.Baseline;

/// <summary>One item of a draft text: an issue and the value the text proposes for it.</summary>
internal readonly record struct TextItem(int Issue, double Value);
