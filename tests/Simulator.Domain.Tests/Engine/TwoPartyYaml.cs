using Simulator.Domain.Engine;
using Simulator.Domain.Scenarios.Loading;

namespace Simulator.Domain.Tests.Engine;

/// <summary>
/// Small two-principal tables written as scenario YAML (principals <c>a</c> and <c>b</c>, chair
/// <c>m</c>, issues <c>x</c> and <c>y</c> with status quo 0), so a test states only the stances,
/// red lines and linkages it is about.
/// </summary>
internal static class TwoPartyYaml
{
    /// <param name="a">A's stances, one flow-style line per issue (<c>x: {position: 50, salience: 0.5}</c>).</param>
    /// <param name="b">B's stances block.</param>
    /// <param name="bLinkages">B's linkages block, or empty.</param>
    public static CompiledScenario Compile(string a, string b, string bLinkages = "", string protocol = "mediated-single-text", int aCapability = 50, int bCapability = 50, int rounds = 20, string aLinkages = "", double aReservation = 0, double bReservation = 0) =>
        CompiledScenario.Compile(ScenarioLoader.LoadText(Yaml(a, b, bLinkages, protocol, aCapability, bCapability, rounds, aLinkages, aReservation, bReservation), "two-party.yaml"));

    private static string Yaml(string a, string b, string bLinkages, string protocol, int aCapability, int bCapability, int rounds, string aLinkages, double aReservation, double bReservation) => $$$"""
        id: two-party
        title: Two principals
        issues:
          x: {label: X, statusQuo: 0, separable: true}
          y: {label: Y, statusQuo: 0, separable: true}
        parties:
          a:
            name: A
            role: principal
            capability: {{{aCapability}}}
            reservationUtility: {{{aReservation.ToString(System.Globalization.CultureInfo.InvariantCulture)}}}
            concessionBeta: 1
            riskAttitude: 0
            delegation: {level: leader}
            stances:
        {{{Indent(a, 6)}}}
        {{{(aLinkages.Length == 0 ? string.Empty : "    linkages:\n" + Indent(aLinkages, 6))}}}
          b:
            name: B
            role: principal
            capability: {{{bCapability}}}
            reservationUtility: {{{bReservation.ToString(System.Globalization.CultureInfo.InvariantCulture)}}}
            concessionBeta: 1
            riskAttitude: 0
            delegation: {level: leader}
            stances:
        {{{Indent(b, 6)}}}
        {{{(bLinkages.Length == 0 ? string.Empty : "    linkages:\n" + Indent(bLinkages, 6))}}}
          m:
            name: M
            role: mediator
            capability: 10
            reservationUtility: 0
            concessionBeta: 1
            riskAttitude: 0
            stances: {}
        protocol:
          kind: {{{protocol}}}
          mediator: m
          timeBudgetMinutes: {{{rounds * 10}}}
          minutesPerRound: 10
          maxRounds: {{{rounds}}}
          packaging: separable-items
        monteCarlo: {runs: 10, seed: 7}
        """;

    private static string Indent(string block, int spaces)
    {
        var pad = new string(' ', spaces);
        return string.Join("\n", block.Trim('\n').Split('\n').Select(line => pad + line.TrimStart()));
    }
}
