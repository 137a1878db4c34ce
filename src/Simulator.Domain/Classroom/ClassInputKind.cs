namespace Simulator.Domain.Classroom;

/// <summary>The kinds of input that move a class (each is recorded and replayed in order).</summary>
public enum ClassInputKind
{
    Start,
    Draft,
    Answer,
    TimeUp,
    CloseRound,
    Inject,
    Influence,
    Statement,
    Reveal,
    SeatControl,
    End,
}
