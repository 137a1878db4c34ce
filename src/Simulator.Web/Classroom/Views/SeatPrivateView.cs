using Simulator.Domain.Classroom;

namespace Simulator.Web.Classroom.Views;

/// <summary>What only one seat sees: its brief, what the open draft is worth to it, its answer so far, and the items the chair may table.</summary>
public sealed record SeatPrivateView(SeatBrief Brief, DraftValuation? Worth, IReadOnlyList<ItemAnswer>? MyAnswer, IReadOnlyList<DraftLine> EngineDraft, IReadOnlyList<DraftLine> OpenItems, IReadOnlyList<string> Targets);
