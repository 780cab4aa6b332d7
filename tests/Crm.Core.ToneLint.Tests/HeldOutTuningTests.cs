using Crm.Core.ToneLint;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Core.ToneLint.Tests;

/// <summary>
/// Issue 17, item 5: the failure classes of held-out part 2 (now tuning data), each with fresh sentences: wider gaps,
/// prepositional complements, past-tense referrals, more vague spans, informal sign-offs, negated English passives,
/// offers that belong to the refusal, and three-sentence SMS.
/// </summary>
public class HeldOutTuningTests
{
    private static readonly ToneLinter Linter = new();

    [Theory]
    [InlineData("Sorry if the wiring diagram was hard to understand.", ToneCategory.DeflectingApology, "Sorry if the wiring diagram was hard to understand")]
    [InlineData("We're sorry that the new menu layout felt rude to you.", ToneCategory.DeflectingApology, "sorry that the new menu layout felt rude")]
    [InlineData("متاسفم اگه راهنمای نصب برای شما کمی پیچیده بود.", ToneCategory.DeflectingApology, "متاسفم اگه راهنمای نصب برای شما کمی پیچیده")]
    [InlineData("این مبل قابل تحویل در طبقه پنجم نیست.", ToneCategory.NegativePhrasing, "قابل تحویل در طبقه پنجم نیست")]
    [InlineData("Gift cards aren't eligible for the spring discount.", ToneCategory.NegativePhrasing, "aren't eligible")]
    [InlineData("باید پیش از پرداخت، شماره کارت رو دوباره چک می‌کردی.", ToneCategory.BlamingLanguage, "باید پیش از پرداخت، شماره کارت رو دوباره چک می‌کردی")]
    [InlineData("I'll fix the sync error in a couple of weeks.", ToneCategory.VagueTimeline, "in a couple of weeks")]
    [InlineData("نامه شما دیروز واصل گردید.", ToneCategory.PassiveVoice, "واصل گردید")]
    [InlineData("Exchanges aren't offered on sale items.", ToneCategory.PassiveVoice, "aren't offered")]
    [InlineData("Late entries are not refunded.", ToneCategory.PassiveVoice, "are not refunded")]
    [InlineData("پرونده‌تون رو به همکارم در بخش مالی فرستادم.", ToneCategory.UnexplainedReferral, "به همکارم در بخش مالی فرستادم")]
    [InlineData("شکایت شما را به واحد دیگری منتقل کردیم.", ToneCategory.UnexplainedReferral, "به واحد دیگری منتقل کردیم")]
    public void Lint_HeldOutFailureClass_IsFoundWithItsWholeSpan(string text, ToneCategory category, string span)
    {
        var d = Assert.Single(Linter.Lint(text).Diagnostics, x => x.Category == category);
        Assert.Equal(span, d.Span.Slice(text));
    }

    [Theory]
    [InlineData("قابل پرداخت است و از فردا نیست.", ToneCategory.NegativePhrasing)] // no prepositional complement, two clauses
    [InlineData("The shop isn't open on Sundays.", ToneCategory.PassiveVoice)] // "open" is a state
    [InlineData("Your cousin is not interested in the offer.", ToneCategory.PassiveVoice)] // an adjective
    [InlineData("کلاس پیلاتس رو به سه‌شنبه منتقل کردم.", ToneCategory.UnexplainedReferral)] // a date moved, nobody referred
    [InlineData("Sorry for the wait. Your case was not clear to us until Nina called.", ToneCategory.DeflectingApology)] // across a sentence end
    public void Lint_LookAlikeOfAFailureClass_IsNotReported(string text, ToneCategory category)
    {
        Assert.DoesNotContain(Linter.Lint(text).Diagnostics, d => d.Category == category);
    }

    [Theory]
    [InlineData("سلام آقای پاکدل، تکنسین شنبه می‌آید. اگر شنبه صبح شما یا همسرتان خانه نیستید، بگویید تا روز را عوض کنم.")]
    [InlineData("سلام مهرناز، کد تخفیفت رو فعال کردم. سوالی بود بپرس.")]
    [InlineData("سلام آقای کاظمی، فاکتور را فرستادم. کاری داشتید در خدمتم.")]
    public void Lint_ClosingOfferWithLongConditionOrWithoutIf_IsRecognised(string text)
    {
        Assert.DoesNotContain(Linter.Lint(text).Diagnostics, d => d.Category == ToneCategory.NoClosingOffer);
    }

    [Theory]
    [InlineData("Catch you later,")]
    [InlineData("Catch you soon,")]
    [InlineData("Talk to you soon,")]
    [InlineData("Chat soon")]
    [InlineData("Until next time,")]
    public void Lint_InformalSignOff_IsASignOffAndNoVaguePromise(string valediction)
    {
        var text = "Hi Rhea,\nThe replacement charger left our store today and arrives on Thursday.\nTell me if it doesn't show up.\n" + valediction + "\nTomas";
        var diagnostics = Linter.Lint(new ToneLintRequest(text) { CustomerName = "Rhea" }).Diagnostics;
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Lint_SmsOfThreeShortSentencesOnOneLine_IsNotTooLongButFourAre()
    {
        const string three = "Hi Ines, your glasses are ready at the Hill St shop. Bring your receipt. Any questions, call us.";
        const string four = "Hi Ines, your glasses are ready. Bring your receipt. We close at six. Any questions, call us.";
        Assert.DoesNotContain(Linter.Lint(new ToneLintRequest(three) { Channel = ToneChannel.Sms, CustomerName = "Ines" }).Diagnostics, d => d.RuleId == "TL0803");
        Assert.Contains(Linter.Lint(new ToneLintRequest(four) { Channel = ToneChannel.Sms, CustomerName = "Ines" }).Diagnostics, d => d.RuleId == "TL0803");
    }

    private static readonly string[] Refusals =
    [
        "there's no way", "there is no way", "it isn't something", "this is not something",
    ];

    private static readonly string[] Offers = ["we can", "I can"];

    private static readonly string[] Tails = ["reopen", "refund", "change", "ship abroad"];

    /// <summary>
    /// An offer inside the refusal ("there's no way we can …") is no way forward; after a clause break and a turn
    /// ("…, but we can …") it is, whatever the refusal, the offer and the rest of the sentence.
    /// </summary>
    [Property(MaxTest = 100)]
    public Property EndsNegative_OfferInsideTheRefusalIsNoWayForwardButAfterABreakItIs() => Prop.ForAll(
        Gen.Elements(Refusals).Zip(Gen.Elements(Offers)).Zip(Gen.Elements(Tails)).ToArbitrary(),
        t =>
        {
            var ((refusal, offer), tail) = t;
            var bare = "Hi Omid, I checked the account. Sadly " + refusal + " " + offer + " " + tail + ".";
            var turned = "Hi Omid, I checked the account. We can't " + tail + ", but " + offer + " call you today to find another way.";
            var endsBare = Linter.Lint(bare).Diagnostics.Any(d => d.RuleId == "TL1001");
            var endsTurned = Linter.Lint(turned).Diagnostics.Any(d => d.RuleId == "TL1001");
            return (endsBare && !endsTurned).Label($"{bare} → {endsBare}; {turned} → {endsTurned}");
        });
}
