namespace Simulator.Grains.Experiments;

/// <summary>One call in flight: which batch, on which silo, when it was sent, and whether a straggler re-run has been sent for it.</summary>
internal sealed class BatchAttempt(int batch, string silo, DateTimeOffset sent)
{
    public int Batch { get; } = batch;

    public string Silo { get; } = silo;

    public DateTimeOffset Sent { get; } = sent;

    public bool Respawned { get; set; }
}
