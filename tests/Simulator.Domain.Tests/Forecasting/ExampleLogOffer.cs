namespace Simulator.Domain.Tests.Forecasting;

/// <summary>One offer line of the BDM oracle log: its text, a, b and the receiver's new position.</summary>
internal sealed record ExampleLogOffer(string Text, double ReceiverGain, double ProposerGain, double NewPosition);
