using Simulator.Cli.Commands;
using Simulator.Cli.Execution;
using Simulator.Contracts.Experiments;
using Simulator.Hosting;

namespace Simulator.Cli.Tests.Execution;

/// <summary>
/// The `sim` process leaves its embedded silo to the process's exit (stopping it would only cost
/// time); anything else that disposes a silo, a test running commands in-process say, stops it.
/// </summary>
public sealed class EmbeddedSiloLifetimeTests
{
    [Fact]
    public void Only_the_sim_process_leaves_its_silo_to_the_process_exit()
    {
        var settings = new RunSettings { File = "scenarios/istanbul-2025-05-16.yaml" };

        Assert.True(ExperimentBackends.SiloOptions(settings, processExitsAfterCommand: false).StopOnDispose);
        Assert.False(ExperimentBackends.SiloOptions(settings, processExitsAfterCommand: true).StopOnDispose);
    }

    [Fact]
    public async Task A_silo_left_to_the_process_exit_still_answers_after_dispose_until_stopped()
    {
        var silo = await EmbeddedSilo.StartAsync(new SimulatorSiloOptions { StopOnDispose = false });
        try
        {
            var grain = silo.Client.GetGrain<IExperimentGrain>($"lifetime-{Guid.NewGuid():N}");
            Assert.Equal(ExperimentState.NotStarted, (await grain.GetStatus()).State);

            await silo.DisposeAsync();

            Assert.Equal(ExperimentState.NotStarted, (await grain.GetStatus()).State);
        }
        finally
        {
            await silo.StopAsync();
        }
    }
}
