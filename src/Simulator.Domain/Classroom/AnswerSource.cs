namespace Simulator.Domain.Classroom;

/// <summary>Who gave a seat's answer in a round.</summary>
public enum AnswerSource
{
    /// <summary>The person (or team) in the seat.</summary>
    Person,

    /// <summary>The software agent: the seat is not played by a person.</summary>
    Agent,

    /// <summary>The software agent, because the person's time ran out.</summary>
    TimedOut,

    /// <summary>The software agent, because the facilitator closed the round early.</summary>
    ClosedEarly,
}
