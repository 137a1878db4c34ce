namespace Simulator.Domain.Scenarios;

/// <summary>
/// One seat of a chair shared by several mediators (`protocol.mediators`): the party (role
/// mediator) and its weight in the chair's drafts. Weights are shares: the engine divides each by
/// their sum in every run, so `{weight: 3}` and `{weight: 1}` are a 75/25 chair. <see cref="Source"/>
/// says where its seat in the chair comes from; the weight may carry its own provenance.
/// </summary>
public sealed record CoMediator(string PartyId, Parameter Weight, Provenance? Source);
