using Simulator.Cli;

return await SimApp.RunAsync(args);
