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
        var actual = findings.ToList();
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
