using Simulator.Domain.Scenarios;

namespace Simulator.Domain.Classroom;

/// <summary>
/// One input to a class, as recorded: the engine is deterministic, so replaying a class's inputs
/// in order rebuilds it exactly (a reload, a reactivated grain). Only the fields its
/// <see cref="Kind"/> needs are set.
/// </summary>
public sealed record ClassInput(ClassInputKind Kind)
{
    /// <summary>The seat acting (answer, draft, influence, statement, seat control) or concerned (reveal).</summary>
    public string? Party { get; init; }

    /// <summary>The round the input was meant for (answers and time-outs for a closed round are refused).</summary>
    public int Round { get; init; } = -1;

    public IReadOnlyList<ItemAnswer> Answers { get; init; } = [];

    /// <summary>A chair's draft: issue id → value on the 0–100 scale.</summary>
    public IReadOnlyList<KeyValuePair<string, double>> Draft { get; init; } = [];

    /// <summary>Issue ids of the draft's separable items the chair puts to the principals on their own.</summary>
    public IReadOnlyList<string> Separate { get; init; } = [];

    public IReadOnlyList<ParameterChange> Changes { get; init; } = [];

    /// <summary>An event's description, a statement's text, or a revealed item's key.</summary>
    public string? Text { get; init; }

    /// <summary>The influence's target (patron press/reassure).</summary>
    public string? Target { get; init; }

    /// <summary>Press (true) or reassure (false); for seat control, whether a person takes the seat.</summary>
    public bool Flag { get; init; }
}
