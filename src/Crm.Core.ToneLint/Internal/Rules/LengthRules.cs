namespace Crm.Core.ToneLint.Internal.Rules;

/// <summary>TL0801–TL0803: too many words, a long sentence, a long paragraph, with limits per channel.</summary>
internal sealed class LengthRule : ToneRule
{
    private readonly int _kind;

    private LengthRule(int kind, ToneRuleInfo info, RuleText text)
        : base(info, text) => _kind = kind;

    public static IEnumerable<ToneRule> Create()
    {
        const string Tip = "نکته ۳: بیشتر مشتریان ایمیل‌های ۱۰۰۰ کلمه‌ای را نمی‌خوانند؛ جمله‌ها و پاراگراف‌ها کوتاه باشند.";
        const string TipEn = "Tip 3: most customers do not read 1000-word e-mails; keep sentences and paragraphs short.";
        var longReply = string.Join(' ', Enumerable.Repeat("We checked your order and the parcel is with the courier now.", 25));
        var longSentence = string.Join(' ', Enumerable.Repeat("و", 40).Select((_, i) => i % 2 == 0 ? "سفارش" : "و"));
        yield return new LengthRule(0,
            Ex.Info("TL0801", ToneCategory.TooLong, ToneSeverity.Warning, "Reply too long for the channel", "seed 004, tip 3",
                [new ToneRuleExample(longReply), new ToneRuleExample("سلام! " + string.Join(' ', Enumerable.Repeat("سفارش شما ارسال شد.", 12)), Channel: ToneChannel.Sms)],
                Ex.Of("سلام، سفارشتان امروز ارسال شد و فردا می‌رسد.", "Your parcel ships today and arrives tomorrow.")),
            new RuleText("پاسخ {0} کلمه دارد و برای این کانال طولانی است.", "The reply has {0} words, too long for this channel.", Tip, TipEn,
                "پاسخ را کوتاه کنید یا جزئیات را به یک لینک راهنما بسپارید.", "Shorten it, or link to a help article for the details."));
        yield return new LengthRule(1,
            Ex.Info("TL0802", ToneCategory.TooLong, ToneSeverity.Suggestion, "Sentence too long", "seed 004, tip 3",
                Ex.Of(longSentence + "."), Ex.Of("سفارشتان ارسال شد. فردا می‌رسد.")),
            new RuleText("این جمله {0} کلمه دارد؛ کوتاه‌ترش کنید.", "This sentence has {0} words; split it.", Tip, TipEn,
                "جمله را به دو یا سه جمله کوتاه بشکنید.", "Split it into two or three short sentences."));
        yield return new LengthRule(2,
            Ex.Info("TL0803", ToneCategory.TooLong, ToneSeverity.Suggestion, "Paragraph too long", "seed 004, tip 3",
                Ex.Of("سلام. سفارش رسید. بررسی شد. بسته‌بندی شد. آماده است. فردا ارسال می‌شود. کد رهگیری پیامک می‌شود."),
                Ex.Of("سلام.\n\nسفارش آماده است و فردا ارسال می‌شود.")),
            new RuleText("این پاراگراف {0} جمله دارد؛ آن را بشکنید.", "This paragraph has {0} sentences; break it up.", Tip, TipEn,
                "یک خط خالی بین بخش‌ها بگذارید یا از فهرست شماره‌دار استفاده کنید (نکته ۱۰).", "Add a blank line between parts or use numbered steps (tip 10)."));
    }

    // Numbered or bulleted steps (tip 10) are a list, not prose: they do not count towards paragraph length.
    private static bool StartsListItem(string text, int start)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, start - 1), Math.Min(start, 8)) + 1;
        if (lineStart == 0 && start > 8)
        {
            return false; // the sentence does not start within 8 characters of a line start, so it is no list item
        }

        var k = lineStart;
        while (k < start && text[k] is ' ' or '\t')
        {
            k++;
        }

        if (k < text.Length && text[k] is '-' or '*' or '\u2022')
        {
            return true;
        }

        var digits = k;
        while (digits < text.Length && char.IsDigit(text[digits]))
        {
            digits++;
        }

        return digits > k && digits < text.Length && text[digits] is '.' or ')' or '-';
    }

    public override void Check(LintContext context, FindingSink sink)
    {
        var limits = context.Options.LimitsFor(context.Request.Channel);
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        switch (_kind)
        {
            case 0:
                var words = 0;
                foreach (var s in context.BodySentences)
                {
                    words += s.Words;
                }

                if (words > limits.MaxWords && context.BodySentences.Count > 0)
                {
                    var first = context.BodySentences[0];
                    var last = context.BodySentences[^1];
                    sink.Add(new Finding(this, first.Start, last.End - first.Start, Arg: words.ToString(inv)));
                }

                break;
            case 1:
                foreach (var s in context.BodySentences)
                {
                    if (s.Words > limits.MaxSentenceWords)
                    {
                        sink.Add(new Finding(this, s.Start, s.Length, Arg: s.Words.ToString(inv)));
                    }
                }

                break;
            default:
                var sentences = context.BodySentences;
                var k = 0;
                foreach (var p in context.Paragraphs)
                {
                    var count = 0;
                    while (k < sentences.Count && sentences[k].Start < p.End)
                    {
                        if (sentences[k].Start >= p.Start && !StartsListItem(context.Masked, sentences[k].Start))
                        {
                            count++;
                        }

                        k++;
                    }

                    if (count > limits.MaxParagraphSentences)
                    {
                        sink.Add(new Finding(this, p.Start, p.Length, Arg: count.ToString(inv)));
                    }
                }

                break;
        }
    }
}
