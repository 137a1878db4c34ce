using OpenTelemetry.Trace;

namespace Simulator.Hosting;

/// <summary>
/// Keeps every trace's outline and thins its bulk. A whole experiment is one trace, so sampling by
/// trace id would keep all of an experiment or none of it; instead root spans (an experiment, a
/// session) and rounds are always kept, and of the many per-batch spans and grain calls beneath
/// them one in every 1/ratio is kept, so tracing cannot dominate an experiment.
/// </summary>
public sealed class SimulatorSampler : Sampler
{
    private static readonly HashSet<string> AlwaysKept = new(StringComparer.Ordinal) { "experiment", "session.start", "session.round" };
    private readonly long _keepOneIn;
    private long _seen;

    public SimulatorSampler(double ratio)
    {
        _keepOneIn = ratio >= 1 ? 1 : ratio <= 0 ? long.MaxValue : (long)Math.Round(1 / ratio);
        Description = $"SimulatorSampler(1 in {_keepOneIn})";
    }

    public override SamplingResult ShouldSample(in SamplingParameters samplingParameters)
    {
        var isRoot = samplingParameters.ParentContext.TraceId == default;
        if (isRoot || AlwaysKept.Contains(samplingParameters.Name))
        {
            return new SamplingResult(SamplingDecision.RecordAndSample);
        }

        return Interlocked.Increment(ref _seen) % _keepOneIn == 0
            ? new SamplingResult(SamplingDecision.RecordAndSample)
            : new SamplingResult(SamplingDecision.Drop);
    }
}
