namespace Simulator.Cli.Play;

/// <summary>Someone typed q at a `sim play` prompt: the command ends cleanly and writes nothing.</summary>
internal sealed class PlayQuitException() : Exception("quit at a prompt");
