namespace Simulator.Domain.Engine;

/// <summary>Why a negotiation ended.</summary>
public enum EndReason
{
    /// <summary>The principals accepted the whole text on the table.</summary>
    Agreement,

    /// <summary>Every agenda item was agreed or could no longer be tabled.</summary>
    NothingLeftToTable,

    /// <summary>The time budget ran out.</summary>
    TimeBudget,

    /// <summary>The round limit was reached.</summary>
    RoundLimit,

    /// <summary>All-or-nothing packaging, and some item could not be agreed, so nothing could.</summary>
    Deadlock,

    /// <summary>Whoever ran the talks stopped them (a classroom facilitator ending the session).</summary>
    Stopped,
}
