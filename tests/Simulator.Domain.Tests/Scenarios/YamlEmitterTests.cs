using CsCheck;
using Simulator.Domain.Scenarios.Loading.Yaml;

namespace Simulator.Domain.Tests.Scenarios;

public sealed class YamlEmitterTests
{
    private static readonly SourceMark Here = new("gen", 1, 1);

    [Fact]
    public void AnyStringSurvivesEmitAndRead()
    {
        Gen.String.Sample(text =>
        {
            var tree = new YMapping(Here, [new YEntry("k", Here, new YScalar(Here, text, quoted: true))]);

            var read = (YMapping)YamlTreeReader.Read(YamlEmitter.Emit(tree), "emitted");

            var scalar = Assert.IsType<YScalar>(read["k"]);
            Assert.Equal(text, scalar.Text);
            Assert.Equal(ScalarKind.String, scalar.Kind);
        }, iter: 2000);
    }

    [Theory]
    [InlineData("\u0000\u0007\u001b\u007f")]
    [InlineData("\u0085\u2028\u2029\ufeff")]
    [InlineData("line one\nline two\r\n\ttabbed")]
    [InlineData("\"quoted\" and \\ back: slash # not a comment")]
    [InlineData("- looks like a list")]
    [InlineData("  leading and trailing spaces  ")]
    [InlineData("Ukraine rejects these terms as \u201ctantamount to capitulation\u201d \U0001F54A")]
    public void AwkwardStringsSurviveEmitAndRead(string text)
    {
        var tree = new YMapping(Here, [new YEntry(text, Here, new YScalar(Here, text, quoted: true))]);

        var read = (YMapping)YamlTreeReader.Read(YamlEmitter.Emit(tree), "emitted");

        Assert.Equal(text, Assert.IsType<YScalar>(read[text]).Text);
    }

    [Fact]
    public void AnyKeyAndNumberSurviveEmitAndRead()
    {
        Gen.Select(Gen.String, Gen.Double.Where(double.IsFinite)).Sample((key, number) =>
        {
            var text = number.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            var tree = new YMapping(Here, [new YEntry(key, Here, new YSequence(Here, [new YScalar(Here, text, quoted: false)]))]);

            var read = (YMapping)YamlTreeReader.Read(YamlEmitter.Emit(tree), "emitted");

            var item = Assert.IsType<YScalar>(Assert.IsType<YSequence>(read[key]).Items.Single());
            Assert.Equal(ScalarKind.Number, item.Kind);
            Assert.Equal(text, item.Text);
        }, iter: 2000);
    }

    [Fact]
    public void EmptyCollectionsAndNullsKeepTheirShape()
    {
        var tree = new YMapping(Here,
        [
            new YEntry("empty_map", Here, new YMapping(Here, [])),
            new YEntry("empty_list", Here, new YSequence(Here, [])),
            new YEntry("nothing", Here, new YScalar(Here, "~", quoted: false)),
            new YEntry("flag", Here, new YScalar(Here, "true", quoted: false)),
            new YEntry("word", Here, new YScalar(Here, "true", quoted: true)),
        ]);

        var read = (YMapping)YamlTreeReader.Read(YamlEmitter.Emit(tree), "emitted");

        Assert.Empty(Assert.IsType<YMapping>(read["empty_map"]).Entries);
        Assert.Empty(Assert.IsType<YSequence>(read["empty_list"]).Items);
        Assert.True(Assert.IsType<YScalar>(read["nothing"]).IsNull);
        Assert.Equal(ScalarKind.Boolean, Assert.IsType<YScalar>(read["flag"]).Kind);
        Assert.Equal(ScalarKind.String, Assert.IsType<YScalar>(read["word"]).Kind);
    }
}
