using Simulator.Domain.MonteCarlo;

namespace Simulator.Domain.Tests.MonteCarlo;

/// <summary>
/// Reference vectors for our two generators, from their authors' reference implementations:
/// Vigna's <c>splitmix64.c</c> and Blackman and Vigna's <c>xoshiro256starstar.c</c> (both public
/// domain, published with the xoshiro/xoroshiro generators at prng.di.unimi.it). The expected
/// values were computed outside this code base, with those two C functions compiled by gcc and
/// checked against a separate Python transcription of the published algorithms. The state
/// {1, 2, 3, 4} vector for xoshiro256** is also the one other ports test against.
/// </summary>
public sealed class GeneratorReferenceTests
{
    [Theory]
    [InlineData(0UL, new[] { 0xE220A8397B1DCDAFUL, 0x6E789E6AA1B965F4UL, 0x06C45D188009454FUL, 0xF88BB8A8724C81ECUL, 0x1B39896A51A8749BUL })]
    [InlineData(1234567UL, new[] { 0x599ED017FB08FC85UL, 0x2C73F08458540FA5UL, 0x883EBCE5A3F27C77UL, 0x3FBEF740E9177B3FUL, 0xE3B8346708CB5ECDUL })]
    [InlineData(20250516UL, new[] { 0xBCC6E50E1A9A4327UL, 0xB92BE779E2C3A0E7UL, 0x09C588039A1EC66BUL, 0x2C7BEDC1D74E3AE9UL, 0x42B80B4ED3314A14UL })]
    public void SplitMix64_gives_the_reference_implementations_first_outputs(ulong seed, ulong[] expected)
    {
        var state = seed;
        var actual = expected.Select(_ => SplitMix64.Next(ref state)).ToArray();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Xoshiro256StarStar_from_state_1_2_3_4_gives_the_reference_implementations_first_ten_outputs()
    {
        ulong[] expected =
        [
            11520UL, 0UL, 1509978240UL, 1215971899390074240UL, 1216172134540287360UL,
            607988272756665600UL, 16172922978634559625UL, 8476171486693032832UL,
            10595114339597558777UL, 2904607092377533576UL,
        ];
        var random = new Xoshiro256StarStar(1, 2, 3, 4);
        Assert.Equal(expected, expected.Select(_ => random.NextUInt64()).ToArray());
    }

    [Theory]
    [InlineData(0UL, new[] { 0x99EC5F36CB75F2B4UL, 0xBF6E1F784956452AUL, 0x1A5F849D4933E6E0UL, 0x6AA594F1262D2D2CUL, 0xBBA5AD4A1F842E59UL })]
    [InlineData(1234567UL, new[] { 0x30A3A1C363600467UL, 0x19405F0F579929CAUL, 0x115BEAAC046DDBD9UL, 0xEB17CAF48F27D7F6UL, 0xA0C94FE1CCE9D136UL })]
    [InlineData(20250516UL, new[] { 0x5BD8366E31A4503EUL, 0x902B3AA340CF888EUL, 0xED0AE05053B49EC3UL, 0x9F6F5DE282A6DF7BUL, 0x3A5B9B8D44C61F34UL })]
    public void Xoshiro256StarStar_seeded_through_SplitMix64_matches_the_reference_seeded_the_same_way(ulong seed, ulong[] expected)
    {
        // The authors' recommended seeding: the four state words are SplitMix64's first four outputs.
        var random = new Xoshiro256StarStar(seed);
        Assert.Equal(expected, expected.Select(_ => random.NextUInt64()).ToArray());
    }

    [Fact]
    public void An_all_zero_state_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new Xoshiro256StarStar(0, 0, 0, 0));
    }
}
