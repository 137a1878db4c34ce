using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Simulator.Cluster.Tests.Support;
using Simulator.Contracts.Sessions;

namespace Simulator.Cluster.Tests;

/// <summary>
/// The classroom web app (a separate process, a client of the cluster) on three silo processes: a
/// class plays a round, the silo that hosts the class's grain is killed with SIGKILL, and the class
/// is reactivated on another silo from what it persisted in Redis, with its record intact and the
/// seats' tokens still valid; the next round plays on.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class ClassroomOnClusterTests(RedisServer redis)
{
    private const string Seat = "ukraine";
    private const string Statement = "We came to talk about prisoners first.";

    [Fact]
    public async Task A_class_survives_the_death_of_the_silo_hosting_it_and_the_next_round_plays_on()
    {
        await using var cluster = await SiloCluster.StartAsync(redis, 3);
        var port = FreePorts.Next();
        using var web = ChildProcess.Start("dotnet",
        [
            RepositoryFiles.WebDll,
            "--cluster", redis.Address,
            "--cluster-id", cluster.ClusterId,
            "--urls", $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}",
        ]);
        await web.WaitForLine(l => l.Contains("Classroom: open", StringComparison.Ordinal), TimeSpan.FromMinutes(2));
        using var api = new ClassroomHttp(new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}"));

        var created = await api.Post("/api/classes", null, new { scenario = "istanbul-2025-05-16", humanSeats = new[] { Seat }, roundSeconds = 600 }, HttpStatusCode.Created);
        var code = created["code"]!.GetValue<string>();
        var facilitator = created["facilitatorToken"]!.GetValue<string>();
        var seatToken = (await api.Post($"/api/classes/{code}/join", null, new { seat = Seat, name = "Olena" }))["seatToken"]!.GetValue<string>();
        await api.Post($"/api/classes/{code}/start", facilitator);
        await api.Post($"/api/classes/{code}/seats/{Seat}/statement", seatToken, new { text = Statement });
        await RejectEverything(api, code, seatToken);

        var before = await api.Get($"/api/classes/{code}");
        Assert.Equal(2, before["round"]!.GetValue<int>());
        var grain = cluster.Client!.Client.GetGrain<IClassroomGrain>(code);
        var recordBefore = await grain.GetRecord();
        Assert.NotNull(recordBefore);
        var host = await cluster.Client.Client.GetGrain<IManagementGrain>(0).GetActivationAddress(grain);
        Assert.NotNull(host);
        var victim = cluster.Addresses.IndexOf(host.ToParsableString());
        Assert.True(victim >= 0, $"the class's silo {host} is not one of the test's silos ({string.Join(", ", cluster.Addresses)})");

        cluster.Silos[victim].Kill();
        var after = await api.Get($"/api/classes/{code}");

        var recordAfter = await grain.GetRecord();
        var newHost = await cluster.Client.Client.GetGrain<IManagementGrain>(0).GetActivationAddress(grain);
        Assert.NotNull(recordAfter);
        Assert.NotEqual(host.ToParsableString(), newHost?.ToParsableString());
        Assert.Equal(recordBefore.Inputs, recordAfter.Inputs);
        Assert.Equal(recordBefore.Holders, recordAfter.Holders);
        Assert.Equal(2, after["round"]!.GetValue<int>());
        Assert.Equal(before["phase"]!.GetValue<string>(), after["phase"]!.GetValue<string>());
        Assert.Equal(before["lastRound"]!.ToJsonString(), after["lastRound"]!.ToJsonString());
        Assert.Contains(after["notices"]!.AsArray(), n => n!.GetValue<string>().Contains(Statement, StringComparison.Ordinal));

        // The seat's token still opens its seat, and the next round closes as the first did.
        await RejectEverything(api, code, seatToken);
        var next = await api.Get($"/api/classes/{code}");
        Assert.Equal(3, next["round"]!.GetValue<int>());
        Assert.Equal(before["lastRound"]!["round"]!.GetValue<int>() + 1, next["lastRound"]!["round"]!.GetValue<int>());
        var recordNext = await grain.GetRecord();
        Assert.Equal(recordBefore.Inputs, recordNext!.Inputs.Take(recordBefore.Inputs.Length));
        Assert.True(recordNext.Inputs.Length > recordBefore.Inputs.Length);
    }

    /// <summary>The seat answers the open round's draft with "not enough" on every item, which closes the round (it is the only seat played by a person).</summary>
    private static async Task RejectEverything(ClassroomHttp api, string code, string seatToken)
    {
        var status = await api.Get($"/api/classes/{code}");
        Assert.Equal("answering", status["phase"]!.GetValue<string>());
        var items = status["draft"]!.AsArray().Select(d => new { issue = d!["issueId"]!.GetValue<string>(), accept = false, reason = "not-enough" }).ToArray();
        await api.Post($"/api/classes/{code}/seats/{Seat}/answer", seatToken, new { round = status["round"]!.GetValue<int>(), items });
    }
}
