using Simulator.Cli.Output;
using Simulator.Domain.Analysis.Toolkit;
using Simulator.Domain.Calibration;

namespace Simulator.Cli.Calibration;

/// <summary>The calibration `sim report --calibrate N` adds: the result, or why there is none to trust (the report is written either way).</summary>
internal static class ReportCalibration
{
    public static async Task<(CalibrationResult? Result, string? Refusal)> RunAsync(ErrorConsole errors, ICalibrationModel model, int runs, ulong seed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        var result = await CalibrationProgressDisplay.RunAsync(errors, runs, progress =>
            Task.Run(() => Calibrator.Run(model, runs, seed, progress: progress, cancellationToken: cancellationToken), cancellationToken));
        try
        {
            result.EnsureTrustworthy(CalibrationResult.DefaultMinAccepted);
            return (result, null);
        }
        catch (AnalysisInputException ex)
        {
            return (null, ex.Message);
        }
    }
}
