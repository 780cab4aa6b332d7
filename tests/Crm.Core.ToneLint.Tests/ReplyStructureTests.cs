using Crm.Core.ToneLint;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Core.ToneLint.Tests;

/// <summary>The reply-structure model (issue 17, item 1): greeting line, body, sign-off block, layout paragraphs.</summary>
public class ReplyStructureTests
{
    private static readonly ToneLinter Linter = new();

    private static readonly string[] StructuralRules = ["TL0801", "TL0802", "TL0803", "TL0901", "TL1001"];

    private static readonly string[] BodySentences =
    [
        "We can't reopen a closed ticket.", "I've sent the replacement today.", "The courier texts you a slot.",
        "Your order left the warehouse at 10 am.", "Anything unclear? Just reply here.", "Thanks for the photos!",
        "متاسفانه ارسال به خارج از کشور امکان‌پذیر نیست.", "بسته را امروز ساعت ۹ به پیک دادم.", "سوالی بود همین‌جا بپرسید.",
        "کد رهگیری را پیامک کردم.", "Is the new address correct?", "We can't change it.",
    ];

    private static readonly string[] SignOffs =
    [
        "Best regards,\nMaya\nSupport Team", "Kind regards,\nJules", "Cheers,\nAlex", "Thanks,\nTom", "Talk soon,\nMia",
        "- Rosa's Kitchen", "Best,\nKate\nAcme Support\n+44 20 7946 0000", "با احترام،\nنگار\nتیم پشتیبانی", "قربانت،\nسحر",
        "ارادتمند،\nکیوان صالحی\nواحد خدمات", "فعلاً خداحافظ!\nشیوا", "Regards,\nSam",
    ];

    private static readonly string[] QuotedHistories =
    [
        "\n\nOn Tue, 3 Mar 2026 at 09:12, Sara <sara@example.com> wrote:\n> Hi, where is my order?\n> I can't find the tracking link!!",
        "\nOn Monday Tom wrote:\n>\n> We can't log in. Please fix ASAP.",
        "\n\n-----Original Message-----\n> {customer_name} asked about the refund.",
        "\n\nسارا احمدی در تاریخ ۱۴۰۵/۰۱/۱۲ نوشت:\n> سلام، سفارشم کی میرسه؟ نمیشه زودتر بفرستید؟",
    ];

    private static readonly string[] Greetings = ["Hi Laura,", "Dear Mr Reed,", "سلام آقای نادری،", "سلام مینا جان", "Hello Sam!"];

    [Fact]
    public void Lint_SingleNewlineEmailWithSignOff_HasNoLengthOrClosingFindings()
    {
        var text = "Hi Irene,\nThanks for the screenshots. I've reissued the licence key and it is active now.\nThe invoice follows in a separate email.\nIf something still looks wrong, just reply here.\nBest regards,\nOwen\nLicensing Team";
        var result = Linter.Lint(new ToneLintRequest(text) { CustomerName = "Irene Fox" });
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Lint_RefusalAboveSignOff_EndsNegativeOnTheRefusal()
    {
        var text = "Hi Ivan,\nI went through the booking once more.\nWe can't move a discounted fare to another date.\nKind regards,\nNina\nReservations";
        var d = Assert.Single(Linter.Lint(text).Diagnostics, x => x.RuleId == "TL1001");
        Assert.Equal("We can't move a discounted fare to another date.", d.Span.Slice(text));
    }

    [Fact]
    public void Lint_NoClosingOfferAboveSignOff_PointsAtTheLastBodySentence()
    {
        var text = "سلام آقای جهانی،\nاشتراک سالانه‌تان را امروز فعال کردم.\nفاکتور رسمی را هم به ایمیلتان فرستادم.\nبا سپاس،\nترانه";
        var d = Assert.Single(Linter.Lint(text).Diagnostics, x => x.RuleId == "TL0901");
        Assert.Equal("فاکتور رسمی را هم به ایمیلتان فرستادم.", d.Span.Slice(text));
    }

    [Theory]
    [InlineData("Hi Leah, your MOT is booked for Tue 8:30am.\nCan't make it? Reply to this text.\n- Hill Garage")]
    [InlineData("سلام پویا، وقت تعویض روغن شما شنبه ساعت ۸ است.\nبرای جابه‌جایی به همین پیامک پاسخ دهید.\nتعمیرگاه البرز")]
    public void Lint_ThreeLineSms_IsNotALongParagraph(string text)
    {
        var result = Linter.Lint(new ToneLintRequest(text) { Channel = ToneChannel.Sms });
        Assert.DoesNotContain(result.Diagnostics, d => d.Category == ToneCategory.TooLong);
    }

    [Fact]
    public void Lint_SevenSentencesOnOneLine_IsStillALongParagraph()
    {
        var text = "Hi Ben,\n\nI checked the order. It left on Monday. The courier scanned it on Tuesday. It went to the hub. The storm held it there. It left this morning. It reaches you tomorrow.\n\nAnything else, let me know.\nCheers,\nAlex";
        Assert.Contains(Linter.Lint(text).Diagnostics, d => d.RuleId == "TL0803");
    }

    [Fact]
    public void Lint_HardWrappedParagraph_CountsAsOneParagraphAndOneSentencePerSentence()
    {
        var text = "Hi Ann, I checked the order and the courier picked it up from our warehouse\nthis morning at ten, so it should reach you by tomorrow afternoon at the latest.\nLet me know if anything else comes up.";
        var result = Linter.Lint(text);
        Assert.DoesNotContain(result.Diagnostics, d => d.Category == ToneCategory.TooLong);
        Assert.DoesNotContain(result.Diagnostics, d => d.Category == ToneCategory.NoClosingOffer);
    }

    [Fact]
    public void Lint_GreetingLineAlone_IsNotTheLastSentenceOrALongSentence()
    {
        var text = "سلام لیلا جان\nپیگیری کردم.\nمتاسفانه تمدید بلیت تخفیف‌دار امکان‌پذیر نیست.\nقربانت،\nآوا";
        var result = Linter.Lint(new ToneLintRequest(text) { Channel = ToneChannel.Chat });
        var ending = Assert.Single(result.Diagnostics, d => d.RuleId == "TL1001");
        Assert.Equal("متاسفانه تمدید بلیت تخفیف‌دار امکان‌پذیر نیست.", ending.Span.Slice(text));
    }

    [Property(MaxTest = 300)]
    public Property AppendingASignOff_NeverChangesStructuralFindings() => Prop.ForAll(
        (from g in Gen.Elements(Greetings)
         from b in Gen.NonEmptyListOf(Gen.Elements(BodySentences))
         from sep in Gen.Elements("\n", " ", "\n\n")
         from so in Gen.Elements(SignOffs)
         from ch in Gen.Elements(ToneChannel.Email, ToneChannel.Chat, ToneChannel.Sms)
         select (g, b, sep, so, ch)).ToArbitrary(),
        t =>
        {
            var (greeting, body, separator, signOff, channel) = t;
            var text = greeting + "\n" + string.Join(separator, body);
            var before = Structural(Linter.Lint(new ToneLintRequest(text) { Channel = channel }));
            var after = Structural(Linter.Lint(new ToneLintRequest(text + "\n" + signOff) { Channel = channel }));
            return (before == after).Label($"{before}\n---\n{after}");
        });

    [Property(MaxTest = 300)]
    public Property AppendingAQuotedHistory_NeverChangesStructuralFindings() => Prop.ForAll(
        (from g in Gen.Elements(Greetings)
         from b in Gen.NonEmptyListOf(Gen.Elements(BodySentences))
         from sep in Gen.Elements("\n", " ", "\n\n")
         from so in Gen.Elements(SignOffs.Append(string.Empty).ToArray())
         from q in Gen.Elements(QuotedHistories)
         from ch in Gen.Elements(ToneChannel.Email, ToneChannel.Chat)
         select (g, b, sep, so, q, ch)).ToArbitrary(),
        t =>
        {
            var (greeting, body, separator, signOff, history, channel) = t;
            var text = greeting + "\n" + string.Join(separator, body) + (signOff.Length > 0 ? "\n" + signOff : string.Empty);
            var before = Structural(Linter.Lint(new ToneLintRequest(text) { Channel = channel }));
            var after = Structural(Linter.Lint(new ToneLintRequest(text + history) { Channel = channel }));
            return (before == after).Label($"{before}\n---\n{after}");
        });

    [Fact]
    public void Lint_ReplyAboveQuotedHistory_ReadsTheSignOffAboveIt()
    {
        var text = "Hi Sara,\nI've re-sent the tracking link to your inbox.\nThe parcel arrives on Thursday.\nBest,\nNoah\n\nOn Tue, 3 Mar 2026, Sara wrote:\n> Where is my order?";
        var result = Linter.Lint(new ToneLintRequest(text) { CustomerName = "Sara" });
        var d = Assert.Single(result.Diagnostics, x => x.RuleId == "TL0901");
        Assert.Equal("The parcel arrives on Thursday.", d.Span.Slice(text));
    }

    [Property(MaxTest = 300)]
    public Property AnyTextInsideCode_NeverYieldsPlaceholderOrShoutingFindings() => Prop.ForAll(
        Gen.ArrayOf(Gen.Elements("{order_id}", "{{name}}", "[NAME]", "<YOUR_KEY>", "%TOKEN%", "DO NOT", "STOP", "!!", "GET", " ", "x", "<نام>", "API_KEY")).Select(string.Concat)
            .Zip(Gen.Elements(true, false)).ToArbitrary(),
        t =>
        {
            var (inner, fenced) = t;
            var code = fenced ? "```\n" + inner.Replace("`", string.Empty, StringComparison.Ordinal) + "\n```" : "`" + inner.Replace("`", string.Empty, StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal) + "`";
            var text = "Hi Dev,\nUse this: " + (fenced ? "\n" : string.Empty) + code + "\nLet me know if it works.";
            var result = Linter.Lint(new ToneLintRequest(text) { CustomerName = "Dev" });
            return result.Diagnostics.All(d => d.Category is not (ToneCategory.UnfilledPlaceholder or ToneCategory.Shouting))
                .Label(string.Join("\n", result.Diagnostics));
        });

    [Property(MaxTest = 500)]
    public Property Spans_StayInTheTextAndNeverSplitASurrogatePair() => Prop.ForAll(
        Gen.ArrayOf(Gen.Elements("😂", "🎉", "👍🏽", "!!", "DO NOT", "نمیشود", "يك", "\n", "Best,\n", " ", ". ", "{x}", "\u200C", "a", "ب", "\uD83D", "\uDE00", "can't", "سلام مینا\n"))
            .Select(string.Concat).ToArbitrary(),
        text =>
        {
            var result = Linter.Lint(new ToneLintRequest(text) { CustomerName = "Mina", CustomerMessage = "this is ridiculous!!" });
            return result.Diagnostics.All(d => d.Span.Start >= 0 && d.Span.End <= text.Length && OnBoundary(text, d.Span.Start) && OnBoundary(text, d.Span.End)
                && (d.Fix is not { } f || (OnBoundary(text, f.Start) && OnBoundary(text, f.Start + f.Length))))
                .Label(string.Join("\n", result.Diagnostics.Select(d => $"{d} [{d.Span.Start},{d.Span.Length}]")));
        });

    private static bool OnBoundary(string text, int i) =>
        i <= 0 || i >= text.Length || !(char.IsHighSurrogate(text[i - 1]) && char.IsLowSurrogate(text[i]));

    private static string Structural(ToneLintResult result) =>
        string.Join(";", result.Diagnostics.Where(d => StructuralRules.Contains(d.RuleId)).Select(d => $"{d.RuleId}@{d.Span.Start}+{d.Span.Length}"));
}
