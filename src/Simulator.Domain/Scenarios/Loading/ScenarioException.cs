namespace Simulator.Domain.Scenarios.Loading;

/// <summary>
/// A scenario (or a --set override) that cannot be loaded. Carries every error found, not just the
/// first: a bad scenario never half-loads.
/// </summary>
public sealed class ScenarioException : Exception
{
    public ScenarioException(IReadOnlyList<ScenarioError> errors)
        : base(string.Join(Environment.NewLine, errors))
    {
        Errors = errors;
    }

    public ScenarioException(ScenarioError error)
        : this([error])
    {
    }

    public ScenarioException()
        : this([])
    {
    }

    public ScenarioException(string message)
        : this([new ScenarioError("<input>", 0, 0, message)])
    {
    }

    public ScenarioException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new ScenarioError("<input>", 0, 0, message)];
    }

    public IReadOnlyList<ScenarioError> Errors { get; }
}
