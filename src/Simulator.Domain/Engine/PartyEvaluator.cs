namespace Simulator.Domain.Engine;

/// <summary>
/// How a principal judges a text, on the items it signs (an issue's signatories; by default every
/// principal): it rejects any value outside its red lines or its delegation's
/// mandate, any broken linkage, and any text that gives it less of the possible gain than its
/// current aspiration (a linkage is broken when its trigger holds and its requirements do not: any
/// one of them fails for all-of, every one for any-of). The possible gain is measured against the current base (status quo plus what
/// is already agreed): share = (U(with text) − U(base)) / (U(with its own ideal on the text's issues)
/// − U(base)). A party with nothing to gain on the text accepts it when it loses nothing. An absent
/// principal is judged by its limits alone: no aspiration, no concession.
/// </summary>
public static class PartyEvaluator
{
    // This runs for every principal, text and separable item of every round: texts are spans and
    // objections go into the caller's list, so a Monte Carlo round allocates nothing here.
    internal const double Tolerance = 1e-9;

    /// <summary>Evaluates <paramref name="text"/> (issue → value) against <paramref name="baseOutcome"/>; returns no objection when the party accepts.</summary>
    public static IReadOnlyList<Objection> Evaluate(
        CompiledScenario scenario,
        int partyIndex,
        ReadOnlySpan<double> values,
        ReadOnlySpan<double> baseOutcome,
        IReadOnlyList<TextItem> text,
        double aspiration)
    {
        ArgumentNullException.ThrowIfNull(text);
        ReadOnlySpan<TextItem> items = text switch
        {
            TextItem[] array => array,
            List<TextItem> list => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list),
            _ => [.. text],
        };
        var objections = new ObjectionList();
        var count = EvaluateInto(scenario, RunPartyValues.For(scenario, values), partyIndex, values, baseOutcome, items, aspiration, objections);
        return count == 0 ? [] : objections.ToList(scenario, 0, count);
    }

    /// <summary>What <see cref="Evaluate"/> returns, appended to <paramref name="objections"/>; returns how many were added.</summary>
    internal static int EvaluateInto(
        CompiledScenario scenario,
        RunPartyValues table,
        int partyIndex,
        ReadOnlySpan<double> values,
        ReadOnlySpan<double> baseOutcome,
        ReadOnlySpan<TextItem> text,
        double aspiration,
        ObjectionList objections,
        Span<double> gainTerms = default,
        Span<double> possibleTerms = default)
    {
        var party = scenario.Parties[partyIndex];
        var before = objections.Count;
        var first = table.Slot(partyIndex, 0);
        var lowest = table.LowestAllowed;
        var highest = table.HighestAllowed;
        for (var t = 0; t < text.Length; t++)
        {
            var item = text[t];
            var slot = first + item.Issue;
            if (!(item.Value < lowest[slot] || item.Value > highest[slot]))
            {
                // Inside every bound it signs (or it does not sign the item).
                continue;
            }

            CheckBounds(objections, partyIndex, ObjectionKind.RedLine, item, party.RedLineMin[item.Issue], party.RedLineMax[item.Issue], values);
            CheckBounds(objections, partyIndex, ObjectionKind.Mandate, item, party.MandateMin[item.Issue], party.MandateMax[item.Issue], values);
        }

        LinkageObjections(scenario, party, partyIndex, values, baseOutcome, text, objections);

        // Utility is additive over issues, so gains only need the issues the text changes.
        double gain = 0, possible = 0;
        var keepTerms = gainTerms.Length > 0;
        var weighs = table.Weighs;
        var saliences = table.Salience;
        var positions = table.Position;
        // The worst item (where the party gives up most utility relative to its ideal) is found on
        // the way, from the value at the item the gain needs anyway.
        var worst = text.Length > 0 ? text[0].Issue : -1;
        var worstLoss = double.NegativeInfinity;
        for (var t = 0; t < text.Length; t++)
        {
            var item = text[t];
            var slot = first + item.Issue;
            if (!weighs[slot])
            {
                if (keepTerms)
                {
                    gainTerms[t] = 0;
                    possibleTerms[t] = 0;
                }

                if (party.HasStance[item.Issue])
                {
                    var lossOff = saliences[slot] * (1 - UtilityFunction.IssueValue(party.Shape, positions[slot], item.Value));
                    if (lossOff > worstLoss)
                    {
                        worstLoss = lossOff;
                        worst = item.Issue;
                    }
                }

                continue;
            }

            var salience = saliences[slot];
            var ideal = positions[slot];
            var atBase = UtilityFunction.IssueValue(party.Shape, ideal, baseOutcome[item.Issue]);
            var atItem = UtilityFunction.IssueValue(party.Shape, ideal, item.Value);
            var gainTerm = salience * (atItem - atBase);
            var possibleTerm = salience * (1.0 - atBase);
            gain += gainTerm;
            possible += possibleTerm;
            if (keepTerms)
            {
                gainTerms[t] = gainTerm;
                possibleTerms[t] = possibleTerm;
            }

            // A party weighs only items it has a stance on.
            var loss = salience * (1 - atItem);
            if (loss > worstLoss)
            {
                worstLoss = loss;
                worst = item.Issue;
            }
        }

        // An absent party is not bargaining: its stated limits are its whole answer.
        var share = possible > Tolerance ? gain / possible : (gain >= -Tolerance ? 1.0 : -1.0);
        if (!party.Absent && share < aspiration - Tolerance)
        {
            objections.Add(RoundObjection.Shortfall(partyIndex, worst, share, aspiration));
        }

        return objections.Count - before;
    }

    /// <summary>
    /// What <see cref="EvaluateInto"/> appends for the one-item text <paramref name="item"/>, given
    /// the item's terms of gain and possible gain that evaluating a whole text holding it kept
    /// (<c>gainTerms</c>, <c>possibleTerms</c>): against the same base they are the same numbers, and
    /// a sum of one term is that term, so the answer is bit for bit the same.
    /// </summary>
    internal static int EvaluateItemInto(
        CompiledScenario scenario,
        RunPartyValues table,
        int partyIndex,
        ReadOnlySpan<double> values,
        ReadOnlySpan<double> baseOutcome,
        in TextItem item,
        double gainTerm,
        double possibleTerm,
        double aspiration,
        ObjectionList objections)
    {
        var party = scenario.Parties[partyIndex];
        var before = objections.Count;
        var slot = table.Slot(partyIndex, item.Issue);
        if (item.Value < table.LowestAllowed[slot] || item.Value > table.HighestAllowed[slot])
        {
            CheckBounds(objections, partyIndex, ObjectionKind.RedLine, item, party.RedLineMin[item.Issue], party.RedLineMax[item.Issue], values);
            CheckBounds(objections, partyIndex, ObjectionKind.Mandate, item, party.MandateMin[item.Issue], party.MandateMax[item.Issue], values);
        }

        if (party.Linkages.Length > 0)
        {
            LinkageObjections(scenario, party, partyIndex, values, baseOutcome, new ReadOnlySpan<TextItem>(in item), objections);
        }

        double gain = 0, possible = 0;
        gain += gainTerm;
        possible += possibleTerm;
        var share = possible > Tolerance ? gain / possible : (gain >= -Tolerance ? 1.0 : -1.0);
        if (!party.Absent && share < aspiration - Tolerance)
        {
            // The worst item of a one-item text is that item.
            objections.Add(RoundObjection.Shortfall(partyIndex, item.Issue, share, aspiration));
        }

        return objections.Count - before;
    }

    private static void LinkageObjections(CompiledScenario scenario, CompiledParty party, int partyIndex, ReadOnlySpan<double> values, ReadOnlySpan<double> baseOutcome, ReadOnlySpan<TextItem> text, ObjectionList objections)
    {
        var linkages = party.Linkages;
        var firstLinkage = scenario.LinkageStart[partyIndex];
        for (var l = 0; l < linkages.Length; l++)
        {
            // A party binds itself with a linkage only on a trigger it signs.
            var linkage = linkages[l];
            if (!party.Signs[linkage.WhenIssue] || !Touches(text, linkage))
            {
                continue;
            }

            if (Holds(ValueOf(text, baseOutcome, linkage.WhenIssue), linkage.WhenAtLeast, linkage.WhenAtMost, values)
                && Unmet(text, baseOutcome, linkage, values) is { } unmet)
            {
                objections.Add(RoundObjection.Limit(
                    partyIndex,
                    ObjectionKind.Linkage,
                    linkage.WhenIssue,
                    Bound(unmet.AtLeast, values),
                    Bound(unmet.AtMost, values),
                    unmet.Issue,
                    firstLinkage + l));
            }
        }
    }

    /// <summary>Whether a full outcome breaks one of the party's linkages (used when several items are agreed at once).</summary>
    public static bool BreaksLinkage(CompiledParty party, ReadOnlySpan<double> values, ReadOnlySpan<double> outcome)
    {
        foreach (var linkage in party.Linkages)
        {
            if (party.Signs[linkage.WhenIssue] && linkage.Triggered(outcome, values) && !linkage.RequirementsHold(outcome, values))
            {
                return true;
            }
        }

        return false;
    }

    private static double ValueOf(ReadOnlySpan<TextItem> text, ReadOnlySpan<double> baseOutcome, int issue)
    {
        for (var t = 0; t < text.Length; t++)
        {
            if (text[t].Issue == issue)
            {
                return text[t].Value;
            }
        }

        return baseOutcome[issue];
    }

    /// <summary>
    /// The requirement a text leaves unmet, null when the linkage is kept: for all-of the first
    /// requirement that fails, for any-of the first alternative when none holds.
    /// </summary>
    private static CompiledCondition? Unmet(ReadOnlySpan<TextItem> text, ReadOnlySpan<double> baseOutcome, CompiledLinkage linkage, ReadOnlySpan<double> values)
    {
        var requirements = linkage.Requirements;
        for (var k = 0; k < requirements.Length; k++)
        {
            var holds = requirements[k].HoldsFor(ValueOf(text, baseOutcome, requirements[k].Issue), values);
            if (linkage.AnyOf && holds)
            {
                return null;
            }

            if (!linkage.AnyOf && !holds)
            {
                return requirements[k];
            }
        }

        return linkage.AnyOf ? requirements[0] : null;
    }

    private static void CheckBounds(ObjectionList objections, int partyIndex, ObjectionKind kind, TextItem item, int minIndex, int maxIndex, ReadOnlySpan<double> values)
    {
        // Most items have no such bound: decided without building the nullable bounds.
        var outside = (minIndex >= 0 && item.Value < values[minIndex] - Tolerance) || (maxIndex >= 0 && item.Value > values[maxIndex] + Tolerance);
        if (outside)
        {
            objections.Add(RoundObjection.Limit(partyIndex, kind, item.Issue, Bound(minIndex, values), Bound(maxIndex, values), item.Issue));
        }
    }

    private static bool Touches(ReadOnlySpan<TextItem> text, CompiledLinkage linkage)
    {
        for (var t = 0; t < text.Length; t++)
        {
            if (linkage.Names(text[t].Issue))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool Holds(double value, int atLeast, int atMost, ReadOnlySpan<double> values) =>
        (atLeast < 0 || value >= values[atLeast] - Tolerance) && (atMost < 0 || value <= values[atMost] + Tolerance);

    private static double? Bound(int index, ReadOnlySpan<double> values) => index < 0 ? null : values[index];
}
