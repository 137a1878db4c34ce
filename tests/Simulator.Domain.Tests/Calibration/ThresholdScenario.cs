using Simulator.Domain.Engine;
using Simulator.Domain.Scenarios.Loading;

namespace Simulator.Domain.Tests.Calibration;

/// <summary>
/// A one-issue table whose calibration has a closed-form answer: both principals want a swap of
/// 60, the mediator drafts 60 in the first round, and A's red line (uniform on [0, 100], nothing
/// else uncertain) decides whether A can accept it. A record of "agreed at 60" therefore keeps
/// exactly the runs with A's limit at 60 or more: the posterior is uniform on [60, 100].
/// </summary>
internal static class ThresholdScenario
{
    public const string RedLinePath = "parties.a.stances.swap.redLine.max";

    public static CompiledScenario Compile(string observed = "{agreed: true, value: 60}", int maxRounds = 20) =>
        CompiledScenario.Compile(ScenarioLoader.LoadText(Yaml(observed, maxRounds), "threshold.yaml"));

    public static string Yaml(string observed, int maxRounds) => $$$"""
        id: threshold
        title: One red line decides
        issues:
          swap: {label: Swap, statusQuo: 0, separable: true}
        parties:
          a:
            name: A
            role: principal
            capability: 50
            reservationUtility: 0
            concessionBeta: 1
            riskAttitude: 0
            delegation: {level: leader}
            stances:
              swap:
                position: 60
                salience: 1
                redLine:
                  max: {value: 80, uncertainty: {uniform: [0, 100]}}
          b:
            name: B
            role: principal
            capability: 50
            reservationUtility: 0
            concessionBeta: 1
            riskAttitude: 0
            delegation: {level: leader}
            stances:
              swap: {position: 60, salience: 1}
          m:
            name: M
            role: mediator
            capability: 10
            reservationUtility: 0
            concessionBeta: 1
            riskAttitude: 0
            stances:
              swap: {position: 60, salience: 1}
        protocol:
          kind: mediated-single-text
          mediator: m
          timeBudgetMinutes: {{{maxRounds * 10}}}
          minutesPerRound: 10
          maxRounds: {{{maxRounds}}}
          packaging: separable-items
        monteCarlo: {runs: 100, seed: 7}
        observed:
          swap: {{{observed}}}
        """;
}
