namespace Simulator.Web.Classroom;

/// <summary>Settings of the classroom (section "Classroom" of the configuration).</summary>
public sealed class ClassroomOptions
{
    public const string Section = "Classroom";

    /// <summary>Default time per round, in seconds.</summary>
    public int RoundSeconds { get; set; } = 180;

    /// <summary>How long a class and its join code live.</summary>
    public double ClassLifetimeHours { get; set; } = 12;

    public int JoinsPerMinute { get; set; } = 30;

    public int AnswersPerMinute { get; set; } = 60;

    /// <summary>Monte Carlo runs the debrief compares the class with.</summary>
    public int SimulatedRuns { get; set; } = 1000;

    /// <summary>Folder of the shipped scenarios; empty finds `scenarios/` above the app.</summary>
    public string ScenarioDirectory { get; set; } = string.Empty;
}
