using System.ComponentModel;
using Spectre.Console.Cli;

namespace Simulator.Cli.Commands;

/// <summary>Settings of `sim show`.</summary>
public sealed class ShowSettings : ScenarioSettings
{
    [CommandOption("--explain <PATH>")]
    [Description("Print where one parameter came from: value, quote, source, note, confidence, uncertainty.")]
    public string? Explain { get; init; }
}
