using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Simulator.Domain.Forecasting;

namespace Simulator.Domain.Tests.Forecasting;

/// <summary>
/// Guards the speed work: every optimisation of the SMP turn must leave histories bit-identical.
/// The digest is of the full-precision a040 history (positions and probabilities, every state)
/// as produced by the first, plain implementation of the model, before any optimisation.
/// </summary>
public sealed class SpatialModelGoldenTests
{
    private const string A040Digest = "AE81B50EA82AA802AC739151539251980B3B046282BCE62CD4C7567648CD0EA4";

    [Fact]
    public void A040HistoryIsBitIdenticalToThePlainImplementation()
    {
        var result = new SpatialModel().Run(KtabCsvReader.Load(OracleFiles.Path("ktab", "dummyData-a040.csv")));
        var text = new StringBuilder();
        foreach (var state in result.States)
        {
            foreach (var position in state.Positions)
            {
                foreach (var x in position)
                {
                    text.Append(x.ToString("R", CultureInfo.InvariantCulture)).Append(' ');
                }
            }

            foreach (var p in state.Probabilities)
            {
                text.Append(p.ToString("R", CultureInfo.InvariantCulture)).Append(' ');
            }

            text.Append('\n');
        }

        Assert.Equal(A040Digest, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()))));
    }
}
