using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Protocols.Classic;
using Simulator.Domain.Scenarios;

namespace Simulator.Benchmarks.Baseline;

/// <summary>A principal's answer to a <see cref="RoundQuestion"/>: on the whole text, and on each separable item alone (same order as the question's).</summary>
internal sealed record PartyAnswer(int Party, PartyResponse OnText, IReadOnlyList<PartyResponse> OnItems);
