using System.Runtime.CompilerServices;
using Simulator.Domain.Engine;

namespace Simulator.Domain.Tests.Engine;

/// <summary>
/// A note keeps only its recipe: its kind, the party holding it and whether its explanation names
/// parameters follow from the recipe's form, and must be what each factory's blocker has always said.
/// </summary>
public sealed class BlockerNoteTests
{
    public static TheoryData<string, BlockerKind, int, bool> Notes()
    {
        var data = new TheoryData<string, BlockerKind, int, bool>();
        foreach (var (name, note, kind, party, withValues) in Cases())
        {
            _ = note;
            data.Add(name, kind, party, withValues);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Notes))]
    public void A_note_s_kind_party_and_values_follow_from_its_form(string name, BlockerKind kind, int party, bool withValues)
    {
        var note = Cases().Single(c => c.Name == name).Note;
        Assert.Equal(kind, note.Kind);
        Assert.Equal(party, note.Party);
        Assert.Equal(withValues, note.WithValues);
    }

    [Fact]
    public void A_bound_of_zero_is_kept_apart_from_no_bound()
    {
        var recipe = new BlockerRecipe(BlockerForm.NoZone, Issue: 1, LowOwner: 0, HighOwner: 1, Min: 0, Max: null);
        Assert.Equal(0.0, recipe.Min);
        Assert.Null(recipe.Max);
        Assert.NotEqual(recipe, new BlockerRecipe(BlockerForm.NoZone, Issue: 1, LowOwner: 0, HighOwner: 1, Min: null, Max: null));
    }

    [Fact]
    public void A_note_is_no_larger_than_a_cache_line()
    {
        // Notes are copied whenever an item's reason changes: the recipe's layout keeps them small.
        Assert.True(Unsafe.SizeOf<BlockerNote>() <= 64, $"a note takes {Unsafe.SizeOf<BlockerNote>()} bytes");
    }

    private static IEnumerable<(string Name, BlockerNote Note, BlockerKind Kind, int Party, bool WithValues)> Cases()
    {
        RoundObjection Limit(ObjectionKind kind) => RoundObjection.Limit(2, kind, 3, 10, 90, 3);
        yield return ("red line objection", Blockers.NoteOf(Limit(ObjectionKind.RedLine), 3), BlockerKind.RedLine, 2, true);
        yield return ("mandate objection", Blockers.NoteOf(Limit(ObjectionKind.Mandate), 3), BlockerKind.Mandate, 2, true);
        yield return ("linkage objection", Blockers.NoteOf(RoundObjection.Limit(2, ObjectionKind.Linkage, 3, 70, null, 4, 0), 3), BlockerKind.Linkage, 2, true);
        yield return ("declined", Blockers.NoteOf(RoundObjection.Limit(2, ObjectionKind.Declined, 3, null, null, -1), 3), BlockerKind.InsufficientGain, 2, false);
        yield return ("too little gain", Blockers.NoteOf(RoundObjection.Shortfall(2, 3, 0.2, 0.6), 3), BlockerKind.InsufficientGain, 2, false);
        yield return ("unmet linkage", Blockers.UnmetLinkageNote(1, 0, 4, true, 70, 10, 0, 60, 2), BlockerKind.Linkage, 1, true);
        yield return ("mandate bound", Blockers.BoundNote(1, 3, ObjectionKind.Mandate, 15, true), BlockerKind.Mandate, 1, true);
        yield return ("red line bound", Blockers.BoundNote(1, 3, ObjectionKind.RedLine, 15, false), BlockerKind.RedLine, 1, true);
        yield return ("no zone", Blockers.NoZoneNote(3, 0, 60, 1, 40), BlockerKind.NoZone, 0, true);
        yield return ("no interest", Blockers.NoInterestNote(3), BlockerKind.NoInterest, -1, false);
        yield return ("opposed", Blockers.OpposedNote(3, 0, 1, 50), BlockerKind.Opposed, -1, true);
        yield return ("package", Blockers.PackageNote(3), BlockerKind.Package, -1, false);
    }
}
