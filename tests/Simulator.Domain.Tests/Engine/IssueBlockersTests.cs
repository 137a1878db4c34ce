using Simulator.Domain.Engine;

namespace Simulator.Domain.Tests.Engine;

/// <summary>A run's notes per issue: set in place, read back, forgotten all at once.</summary>
public sealed class IssueBlockersTests
{
    [Fact]
    public void A_note_set_is_read_back_and_others_stay_unnoted()
    {
        var blockers = new IssueBlockers(4);
        var note = Blockers.NoZoneNote(2, 0, 60, 1, 40);
        blockers.Set(2, note);

        Assert.True(blockers.Has(2));
        Assert.Equal(note, blockers[2]);
        Assert.False(blockers.Has(1));
        Assert.Equal(Blockers.NoInterestNote(1), blockers.OrElse(1, Blockers.NoInterestNote(1)));
        Assert.Equal(note, blockers.OrElse(2, Blockers.NoInterestNote(2)));
    }

    [Fact]
    public void A_later_note_replaces_the_earlier_and_clearing_forgets_all()
    {
        var blockers = new IssueBlockers(3);
        blockers.Set(0, Blockers.PackageNote(1));
        blockers.Set(0, Blockers.OpposedNote(0, 1, 2, 45));
        blockers.Set(1, Blockers.NoInterestNote(1));
        Assert.Equal(BlockerKind.Opposed, blockers[0].Kind);

        blockers.Clear();

        Assert.False(blockers.Has(0));
        Assert.False(blockers.Has(1));
        Assert.Equal(BlockerKind.Package, blockers.OrElse(0, Blockers.PackageNote(2)).Kind);
    }
}
