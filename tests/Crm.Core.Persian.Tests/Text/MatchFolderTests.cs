using Crm.Core.Persian.Internal;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Core.Persian.Tests.Text;

/// <summary>
/// The specialised matching fold (<see cref="MatchFolder"/>, behind <see cref="PersianFold"/>) must give exactly the
/// text and position map of the general single pass (<see cref="FoldWriter"/> with the matching settings).
/// </summary>
public class MatchFolderTests
{
    /// <summary>Long runs of tricky characters, so buffers grow (ligatures expand up to 18 characters).</summary>
    private static readonly Arbitrary<string> LongMessy =
        Gen.OneOf(TextGen.TrickyString, TextGen.Sentence)
            .Zip(Gen.Choose(1, 40))
            .Select(t => string.Concat(Enumerable.Repeat(t.Item1, t.Item2)))
            .ToArbitrary();

    [Property(MaxTest = 500)]
    public Property Run_WithPositions_AgreesWithGeneralPass() =>
        Prop.ForAll(TextGen.Messy, Agrees);

    [Property(MaxTest = 200)]
    public Property Run_LongText_AgreesWithGeneralPass() =>
        Prop.ForAll(LongMessy, Agrees);

    [Property(MaxTest = 300)]
    public Property Run_WithoutPositions_AgreesWithGeneralPass() =>
        Prop.ForAll(TextGen.Messy, text =>
            MatchFolder.Run(text, trackPositions: false, out var s, out var e)
                == FoldWriter.Run(text, FoldSettings.Match(trackPositions: false), out _, out _)
            && s is null && e is null);

    [Theory]
    [InlineData("")]
    [InlineData("hello")]
    [InlineData("Hello  World\r\n")]
    [InlineData("\uFDFA\uFDFA\uFDFA\uFDFA\uFDFA\uFDFA\uFDFA\uFDFA")]
    [InlineData("ا\u0653 ی\u0654 و\u0654\u064B  \u200C\u200C نمي\u200C\u200Cشود\u0640")]
    [InlineData("\u0654\u0000\u0653\u200C\u0651")]
    public void Run_Examples_AgreeWithGeneralPass(string text) =>
        Assert.True(Agrees(text));

    [Fact]
    public void Run_ManyExpandingLigatures_GrowsAndMapsEveryCharacterToItsLigature()
    {
        var text = string.Concat(Enumerable.Repeat("\uFDFA", 50));
        var folded = PersianFold.Fold(text);

        Assert.True(folded.Length > 50 * 10);
        Assert.Equal((49, 1), folded.ToOriginalSpan(folded.Length - 1, 1));
        Assert.True(Agrees(text));
    }

    private static bool Agrees(string text)
    {
        var fast = MatchFolder.Run(text, trackPositions: true, out var fastStarts, out var fastEnds);
        var general = FoldWriter.Run(text, FoldSettings.Match(trackPositions: true), out var starts, out var ends);
        if (fast != general || ReferenceEquals(fast, text) != ReferenceEquals(general, text))
        {
            return false;
        }

        if (starts is null || ends is null)
        {
            return fastStarts is null && fastEnds is null;
        }

        return fastStarts is not null && fastEnds is not null
            && fastStarts.AsSpan(0, fast.Length).SequenceEqual(starts.AsSpan(0, general.Length))
            && fastEnds.AsSpan(0, fast.Length).SequenceEqual(ends.AsSpan(0, general.Length));
    }
}
