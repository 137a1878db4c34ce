namespace Simulator.Domain.Classroom;

/// <summary>Where a class stands: waiting to start, the chair drafting, the principals answering, or over.</summary>
public enum ClassPhase
{
    NotStarted,
    Drafting,
    Answering,
    Over,
}
