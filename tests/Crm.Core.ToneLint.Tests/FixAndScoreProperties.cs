using Crm.Core.ToneLint;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Core.ToneLint.Tests;

public class FixAndScoreProperties
{
    private static readonly ToneLinter Linter = new();

    private static readonly string[] Pieces =
    [
        "سلام ", "سارا، ", "ما از صبر شما سپاسگزاریم", "نمیشود", "يك", "كار", " میکنم", ", ", "?", "!!!", "\u200C", "مشتری گرامی ",
        "Kindly ", "ASAP", "DO NOT ", "Hi {{name}} ", "> quoted\n", "\n", ". ", "در اسرع وقت ", "😂", "متاسفانه ", "مراسلات ",
        "we can't ", "has been received", "https://x.io/a ", "a", "ب", " ",
    ];

    private static Arbitrary<string> Drafts() =>
        Gen.ArrayOf(Gen.Elements(Pieces)).Select(parts => string.Concat(parts)).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property ApplyFixes_NeverChangesTextOutsideReportedSpans() => Prop.ForAll(Drafts(), text =>
    {
        var result = Linter.Lint(new ToneLintRequest(text) { CustomerName = "سارا", CustomerMessage = "این افتضاحه!!!" });
        var fixedText = result.ApplyFixes();
        var fixes = result.Diagnostics.Where(d => d.Fix is not null).Select(d => d.Fix!.Value).OrderBy(f => f.Start).ThenByDescending(f => f.Length).ToList();
        var rebuilt = new System.Text.StringBuilder();
        var position = 0;
        foreach (var f in fixes)
        {
            if (f.Start < position)
            {
                continue;
            }

            rebuilt.Append(text, position, f.Start - position).Append(f.Replacement);
            position = f.Start + f.Length;
        }

        rebuilt.Append(text, position, text.Length - position);
        var outsideUnchanged = rebuilt.ToString() == fixedText;
        var fixesInsideSpans = result.Diagnostics.All(d => d.Fix is not { } f || (f.Start >= d.Span.Start && f.Start + f.Length <= d.Span.End));
        return outsideUnchanged && fixesInsideSpans;
    });

    [Property(MaxTest = 300)]
    public Property Lint_AnyDraft_ScoreInRangeAndSpansInsideText() => Prop.ForAll(Drafts(), text =>
    {
        var result = Linter.Lint(text);
        return result.Score is >= 0 and <= 100
            && result.Diagnostics.All(d => d.Span.Start >= 0 && d.Span.End <= text.Length && d.Span.Line >= 1 && d.Span.Column >= 1);
    });

    [Property(MaxTest = 200)]
    public Property ToneScore_AddingADiagnostic_NeverRaisesTheScore() => Prop.ForAll(Drafts(), text =>
    {
        var diagnostics = Linter.Lint(text).Diagnostics;
        var extra = new ToneDiagnostic("X1", ToneCategory.Cliche, ToneSeverity.Warning, default, "m", "e", [], null);
        return ToneScore.Compute(diagnostics.Append(extra)) <= ToneScore.Compute(diagnostics);
    });

    [Fact]
    public void ApplyFixes_PersianOrthography_RewritesOnlyTheLetters()
    {
        const string Text = "سلام, يك كار ديگر میکنم.";
        var fixedText = Linter.Lint(Text).ApplyFixes();
        Assert.Equal("سلام، یک کار دیگر می\u200Cکنم.", fixedText);
    }

    [Fact]
    public void ToneScore_KnownFindings_FollowsTheDocumentedFormula()
    {
        ToneDiagnostic D(ToneCategory c, ToneSeverity s) => new("X", c, s, default, "m", "e", [], null);
        Assert.Equal(100, ToneScore.Compute([]));
        Assert.Equal(100 - 12 - 6, ToneScore.Compute([D(ToneCategory.Cliche, ToneSeverity.Error), D(ToneCategory.Shouting, ToneSeverity.Warning)]));
        Assert.Equal(100 - 30, ToneScore.Compute(Enumerable.Repeat(D(ToneCategory.Cliche, ToneSeverity.Error), 5)));
    }
}
