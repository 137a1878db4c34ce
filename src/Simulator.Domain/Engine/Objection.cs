namespace Simulator.Domain.Engine;

/// <summary>
/// One reason a party gave for rejecting a text: on which issue, what kind, and the bound it needs
/// there (for red lines, mandates and linkages), so that the mediator can learn from it. A struct:
/// a run raises many, and the Monte Carlo path keeps them in reused lists.
/// </summary>
/// <param name="Party">Index of the objecting party.</param>
/// <param name="Kind">What kind of objection.</param>
/// <param name="Issue">The issue the objection is about (for a linkage: the issue whose value triggered it).</param>
/// <param name="Min">The lowest value the party can accept on <see cref="BoundIssue"/>, if any.</param>
/// <param name="Max">The highest value the party can accept on <see cref="BoundIssue"/>, if any.</param>
/// <param name="BoundIssue">The issue the bounds apply to (the required issue for a linkage).</param>
/// <param name="Linkage">The linkage broken, for <see cref="ObjectionKind.Linkage"/>.</param>
/// <param name="Gain">For insufficient gain: the share of the possible gain the text offers.</param>
/// <param name="Needed">For insufficient gain: the share the party insists on now.</param>
public readonly record struct Objection(
    int Party,
    ObjectionKind Kind,
    int Issue,
    double? Min = null,
    double? Max = null,
    int BoundIssue = -1,
    CompiledLinkage? Linkage = null,
    double Gain = 0,
    double Needed = 0);
