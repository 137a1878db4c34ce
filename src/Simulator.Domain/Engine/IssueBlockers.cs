namespace Simulator.Domain.Engine;

/// <summary>
/// Per issue, the blocker note a run holds for it so far, if any: notes in one array and a flag per
/// issue, so a note is written in place (no nullable wrapper copied around it) and forgetting them
/// all clears flags, not notes.
/// </summary>
internal sealed class IssueBlockers
{
    private readonly BlockerNote[] _notes;
    private readonly bool[] _noted;

    public IssueBlockers(int issues)
    {
        _notes = new BlockerNote[issues];
        _noted = new bool[issues];
    }

    /// <summary>Whether a note is held for <paramref name="issue"/>.</summary>
    public bool Has(int issue) => _noted[issue];

    /// <summary>The note held for <paramref name="issue"/> (valid where <see cref="Has"/>).</summary>
    public ref readonly BlockerNote this[int issue] => ref _notes[issue];

    public void Set(int issue, in BlockerNote note)
    {
        _notes[issue] = note;
        _noted[issue] = true;
    }

    /// <summary>The note held for <paramref name="issue"/>, or <paramref name="fallback"/>'s when none is.</summary>
    public BlockerNote OrElse(int issue, in BlockerNote fallback) => _noted[issue] ? _notes[issue] : fallback;

    /// <summary>Forgets every note.</summary>
    public void Clear() => Array.Clear(_noted);
}
