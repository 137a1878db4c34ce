namespace Simulator.Domain.Forecasting;

/// <summary>An actor on one issue in the expected-utility model: capability, position (any unit) and salience in [0, 1].</summary>
public sealed record BdmActor(string Name, double Capability, double Position, double Salience);
