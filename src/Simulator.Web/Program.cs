using Simulator.Web;

var app = ClassroomApp.Build(args);
await app.RunAsync();

/// <summary>The web app's entry point (public so tests can host it with WebApplicationFactory).</summary>
public partial class Program;
