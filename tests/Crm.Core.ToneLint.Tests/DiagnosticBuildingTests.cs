using Crm.Core.ToneLint.Internal;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Core.ToneLint.Tests;

/// <summary>
/// The fast paths of diagnostic building agree with the simple ones: the natural merge sort of findings with a
/// comparison sort, the forward line cursor with a binary search, and the lazily worded message and suggestions
/// with the wording a diagnostic is given up front.
/// </summary>
public class DiagnosticBuildingTests
{
    private static readonly ToneRule[] Rules = [.. RuleCatalog.BuiltIn.Take(6)];

    private static Arbitrary<Finding[]> Findings() =>
        Gen.Choose(0, 30).Zip(Gen.Choose(0, 4)).Zip(Gen.Choose(0, Rules.Length - 1))
            .Select(t => new Finding(Rules[t.Item2], t.Item1.Item1, t.Item1.Item2))
            .ArrayOf()
            .ToArbitrary();

    /// <summary>Runs of sorted findings, as the rules report them (each rule left to right).</summary>
    private static Arbitrary<Finding[]> RunsOfFindings() =>
        Findings().Generator.Select(f => f.OrderBy(x => x.Start).ThenBy(x => x.Length).ToArray())
            .ArrayOf()
            .Select(runs => runs.SelectMany(r => r).ToArray())
            .ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Sort_AnyFindings_OrdersLikeTheComparisonSort() =>
        Prop.ForAll(Findings(), SortsLikeComparisonSort);

    [Property(MaxTest = 300)]
    public Property Sort_RunsOfSortedFindings_OrdersLikeTheComparisonSort() =>
        Prop.ForAll(RunsOfFindings(), SortsLikeComparisonSort);

    [Property(MaxTest = 300)]
    public Property Span_AnyOrderOfOffsets_GivesTheBinarySearchLineAndColumn() =>
        Prop.ForAll(
            Gen.Elements("a", "b", "\n", "\r\n", "ی").ArrayOf().Select(string.Concat).ToArbitrary(),
            Gen.Choose(0, 1000).ArrayOf().ToArbitrary(),
            (text, offsets) =>
            {
                var map = new LineMap(text);
                return offsets.Select(o => o % (text.Length + 1)).All(o => map.Span(o, 0) == Expected(text, o));
            });

    [Fact]
    public void CharClass_EveryCharacter_AgreesWithTheDefinitions()
    {
        for (var code = 0; code <= char.MaxValue; code++)
        {
            var c = (char)code;
            Assert.Equal(Segmenter.ComputeIsWordChar(c), Segmenter.IsWordChar(c));
            Assert.Equal(Squeeze.ComputeIsWordChar(c), Squeeze.IsWordChar(c));
            if (c < CharClass.TableSize)
            {
                Assert.Equal(Squeeze.IsPersianLetter(c), (CharClass.Table[c] & CharClass.PersianLetter) != 0);
                Assert.Equal(char.IsAsciiLetter(c), (CharClass.Table[c] & CharClass.AsciiLetter) != 0);
            }
            else
            {
                Assert.False(Squeeze.IsPersianLetter(c) || char.IsAsciiLetter(c));
            }
        }
    }

    [Property(MaxTest = 200)]
    public Property Lint_Score_EqualsToneScoreOfTheDiagnostics() =>
        Prop.ForAll(
            Gen.Elements("نمیشود ", "!!! ", "AAAA ", "يك ", "\u200C\u200C", "Kindly ", "ASAP. ", "{name} ", "\n", "سلام ", "we can't ")
                .ArrayOf().Select(string.Concat).ToArbitrary(),
            text =>
            {
                var result = new ToneLinter().Lint(new ToneLintRequest(text) { CustomerName = "سارا" });
                return result.Score == ToneScore.Compute(result.Diagnostics);
            });

    [Fact]
    public void ToneDiagnostic_PublicConstructor_KeepsWhatItWasGiven()
    {
        ToneSuggestion[] suggestions = [new("b", "why")];
        var d = new ToneDiagnostic("X1", ToneCategory.Cliche, ToneSeverity.Error, new ToneSpan(2, 3, 1, 3), "m", "e", suggestions, new ToneFix(3, 1, "z"));

        Assert.Equal(("X1", ToneCategory.Cliche, ToneSeverity.Error, "m", "e"), (d.RuleId, d.Category, d.Severity, d.Message, d.Explanation));
        Assert.Same(suggestions, d.Suggestions);
        Assert.Equal(new ToneFix(3, 1, "z"), d.Fix);
        Assert.Null(new ToneDiagnostic("X1", ToneCategory.Cliche, ToneSeverity.Error, default, "m", "e", [], null).Fix);
    }

    [Fact]
    public void FindingSink_ManyFindings_KeepsThemInOrderAcrossGrowth()
    {
        using var sink = new FindingSink();
        for (var i = 0; i < 1000; i++)
        {
            sink.Add(new Finding(Rules[i % Rules.Length], i, 1, i % 2 == 0 ? "x" : null, i % 2 == 0));
        }

        Assert.Equal(1000, sink.Count);
        var items = sink.AsSpan().ToArray();
        Assert.Equal(Enumerable.Range(0, 1000), items.Select(f => f.Start));
        Assert.Equal(new ToneFix(10, 1, "x"), items[10].Fix);
        Assert.Null(items[11].Fix);
    }

    [Fact]
    public void Lint_LazyWording_EqualsTheRuleTextAndAdvice()
    {
        const string Text = "سلام. در اسرع وقت پیگیری می‌کنیم و سفارش ثبت گردید.";
        var result = new ToneLinter().Lint(Text);
        var vague = result.Diagnostics.Single(d => d.RuleId == "TL1401");

        Assert.Equal("«در اسرع وقت» زمان مشخصی نمی‌گوید.", vague.Message);
        Assert.Same(vague.Message, vague.Message);
        var suggestion = Assert.Single(vague.Suggestions);
        Assert.Equal(string.Empty, suggestion.Replacement);
        Assert.Equal("یک زمان یا بازه مشخص بنویسید، مثلاً «تا فردا ساعت ۱۰».", suggestion.Description);
        Assert.EndsWith("(seed 004, tip 32; seed 001)", vague.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Avoid «رئیس»", "Avoid «رئیس»")]
    [InlineData("Say «{0}» differently", "Say «رئیس» differently")]
    [InlineData("{0}: {0}", "رئیس: رئیس")]
    [InlineData("{{literal}} {0}", "{literal} رئیس")]
    public void Lint_CustomRuleMessage_IsFormattedLikeStringFormat(string template, string expected)
    {
        var options = new ToneLintOptions();
        var rule = new CustomPhraseRule { Id = "team.boss", Category = ToneCategory.Cliche, Message = template };
        rule.Phrases.Add("رئیس");
        options.CustomRules.Add(rule);

        var diagnostic = new ToneLinter(options).Lint("رئیس ما آمد.").Diagnostics.Single(d => d.RuleId == "team.boss");

        Assert.Equal(expected, diagnostic.Message);
        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, "رئیس"), diagnostic.Message);
    }

    [Fact]
    public void Lint_LongOffendingText_IsCutTo60CharactersInTheMessage()
    {
        const string Passive = "has been already just also successfully now just already processed";
        var result = new ToneLinter().Lint("Your order " + Passive + ".");
        var passive = result.Diagnostics.Single(d => d.RuleId == "TL1202");

        Assert.Equal(Passive.Length, passive.Span.Length);
        Assert.Equal($"\"{Passive[..57]}…\" is passive; say who does it.", passive.Message);
    }

    private static bool SortsLikeComparisonSort(Finding[] findings)
    {
        var expected = findings.ToList();
        expected.Sort(static (a, b) => FindingOrder.Compare(a, b));
        var actual = findings.ToArray();
        FindingOrder.Sort(actual);
        return actual.Select(Key).SequenceEqual(expected.Select(Key));
    }

    private static (int, int, string) Key(Finding f) => (f.Start, f.Length, f.Rule.Info.Id);

    private static ToneSpan Expected(string text, int offset)
    {
        var line = text.AsSpan(0, offset).Count('\n');
        var lineStart = text.LastIndexOf('\n', Math.Max(0, offset - 1), offset) + 1;
        return new ToneSpan(offset, 0, line + 1, offset - lineStart + 1);
    }
}
