namespace Simulator.Web.Api;

/// <summary>`POST .../seats/{seat}/answer`: the round answered and one answer per draft item.</summary>
public sealed record AnswerRequest(int Round, ItemAnswerRequest[]? Items);
