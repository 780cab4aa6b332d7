using Crm.Core.ToneLint;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Core.ToneLint.Tests;

/// <summary>Issue 17, item 2: phrases with gaps and reordering, colloquial Persian, mood and register from several signals.</summary>
public class WordingVarietyTests
{
    private static readonly ToneLinter Linter = new();

    [Theory]
    [InlineData("متاسفیم که از کیفیت بسته‌بندی ناراضی هستید.", ToneCategory.DeflectingApology, "متاسفیم که از کیفیت بسته‌بندی ناراضی")]
    [InlineData("Sorry if our size chart was unclear.", ToneCategory.DeflectingApology, "Sorry if our size chart was unclear")]
    [InlineData("As per our terms and conditions, opened items stay with you.", ToneCategory.PolicyHiding, "As per our terms")]
    [InlineData("بر اساس دستورالعمل‌های داخلی، این کار را انجام می‌دهیم.", ToneCategory.PolicyHiding, "بر اساس دستورالعمل‌های")]
    [InlineData("این رنگ فعلاً قابل تحویل نیست.", ToneCategory.NegativePhrasing, "قابل تحویل نیست")]
    [InlineData("امکان بازگشت وجه نیست.", ToneCategory.NegativePhrasing, "امکان بازگشت وجه نیست")]
    [InlineData("We are not in a position to extend the trial.", ToneCategory.NegativePhrasing, "We are not in a position")]
    [InlineData("مدارکت فردا پیگیری میشه.", ToneCategory.PassiveVoice, "پیگیری میشه")]
    [InlineData("رسید پرداخت صبح برداشته شد.", ToneCategory.PassiveVoice, "برداشته شد")]
    [InlineData("سفارش فردا تحویل پیک خواهد شد.", ToneCategory.PassiveVoice, "تحویل پیک خواهد شد")]
    [InlineData("باید اول فایل رو ذخیره می‌کردی.", ToneCategory.BlamingLanguage, "باید اول فایل رو ذخیره می‌کردی")]
    [InlineData("You needed to log out first.", ToneCategory.BlamingLanguage, "You needed to")]
    [InlineData("رضایت شما برای ما خیلی مهم است.", ToneCategory.Cliche, "رضایت شما برای ما خیلی مهم")]
    [InlineData("Your satisfaction is our number one priority.", ToneCategory.Cliche, "Your satisfaction is our number one priority")]
    public void Lint_PhraseWithWordsBetween_IsFoundWithItsWholeSpan(string text, ToneCategory category, string span)
    {
        var d = Assert.Single(Linter.Lint(text).Diagnostics, x => x.Category == category);
        Assert.Equal(span, d.Span.Slice(text));
    }

    [Theory]
    [InlineData("قابل انجام است و فردا نیست.")] // more than two words between
    [InlineData("این قابل انجام است. کالا نیست.")] // across a sentence end
    [InlineData("Sorry if I missed it. The page is confusing to everyone.")] // across a sentence end
    public void Lint_PartsTooFarApart_AreNoMatch(string text)
    {
        Assert.DoesNotContain(Linter.Lint(text).Diagnostics, d => d.Category is ToneCategory.NegativePhrasing or ToneCategory.DeflectingApology);
    }

    [Theory]
    [InlineData("سلام یاسمن، رسید رو دوباره برات فرستادم. کاری داشتی من همینجام.")]
    [InlineData("سلام آقای ثابتی، بسته فردا عصر می‌رسد. اگر آدرس دیگری بهتر است بفرمایید تا عوضش کنم.")]
    [InlineData("Hi Omar, I've merged the two accounts. Happy to set up a quick call if that's easier.")]
    [InlineData("Hi Bea, the label is attached. Give me a shout if the courier doesn't turn up.")]
    [InlineData("سلام ژینا، کلاس رو به سه‌شنبه منتقل کردم. اگه موردی بود بهم بگو.")]
    public void Lint_EverydayClosingOffer_IsRecognised(string text)
    {
        Assert.DoesNotContain(Linter.Lint(text).Diagnostics, d => d.Category == ToneCategory.NoClosingOffer);
    }

    [Theory]
    [InlineData("wow it came already!! love it, thank you", false)]
    [InlineData("ممنون!! خیلی سریع بود", false)]
    [InlineData("this is ridiculous, third time I'm asking", true)]
    [InlineData("second time I write and still no reply. how many times??", true)]
    [InlineData("چند بار پیام دادم و کسی جواب نداده، هنوز منتظرم", true)]
    [InlineData("WHERE IS MY ORDER, NOBODY ANSWERS", true)]
    [InlineData("Could you send the link again, please?", false)]
    public void Lint_MoodFromSeveralSignals_DecidesWhetherAnEmojiIsAnError(string customerMessage, bool angry)
    {
        var result = Linter.Lint(new ToneLintRequest("Glad to help 😊 I'll check it by 3 pm.") { CustomerMessage = customerMessage });
        Assert.Equal(angry, result.Diagnostics.Any(d => d.Category == ToneCategory.EmojiWhenUpset));
    }

    [Theory]
    [InlineData("سلام، کارتم کی فعال میشه؟", true)]
    [InlineData("yo any news on the refund", true)]
    [InlineData("Dear Sir, I am writing to ask about the status of my order placed last week. Kind regards, R. Kaye", false)]
    public void Lint_ShortPlainMessage_IsCasualSoAFormalReplyIsAMismatch(string customerMessage, bool mismatch)
    {
        var result = Linter.Lint(new ToneLintRequest("احتراماً، کارت جنابعالی امروز صادر می‌شود. Please be advised that it is issued today.") { CustomerMessage = customerMessage });
        Assert.Equal(mismatch, result.Diagnostics.Any(d => d.RuleId == "TL1702"));
    }

    [Property(MaxTest = 300)]
    public Property GapPattern_FoundWithUpToTwoWordsBetweenAndNotWithMore() => Prop.ForAll(
        Gen.Choose(0, 5).Zip(Gen.Elements("انجام", "سفارش", "ارسال", "برگشت", "تعمیر")).ToArbitrary(),
        t =>
        {
            var (gap, word) = t;
            var middle = string.Join(' ', Enumerable.Repeat(word, gap));
            var text = "سلام، این کالا قابل " + middle + (gap > 0 ? " " : string.Empty) + "نیست اما فردا خبر می‌دهم.";
            var found = Linter.Lint(text).Diagnostics.Any(d => d.Category == ToneCategory.NegativePhrasing);
            return (found == gap <= 2).Label($"gap {gap}: {text}");
        });
}
