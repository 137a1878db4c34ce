using Simulator.Web.LoadBench;

// A load benchmark (not a test): classes of six people each play rounds through the JSON API
// against the real app on Kestrel; prints the time from a round's last answer to the next draft
// and the managed memory per class. Usage: dotnet run -c Release --project src/Simulator.Web.LoadBench [-- CLASSES ROUNDS]
var classes = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 30;
var rounds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 6;
return await ClassroomLoad.RunAsync(classes, rounds);
