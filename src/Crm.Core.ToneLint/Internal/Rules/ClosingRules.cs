using Crm.Core.ToneLint.Internal.Lexicon;

namespace Crm.Core.ToneLint.Internal.Rules;

/// <summary>
/// TL0901: the reply does not end by offering more help. Not applied where tips 12 and 18 expect no offer: an SMS, a
/// reply under eight words, a chat answer of one sentence, and a reply whose last body sentence asks the customer a
/// question ("Shall I book it?", «کدام را نگه دارم؟»), which already invites them to go on.
/// </summary>
internal sealed class ClosingOfferRule() : ToneRule(
    Ex.Info("TL0901", ToneCategory.NoClosingOffer, ToneSeverity.Suggestion, "End by offering more help", "seed 004, tips 12 and 18",
        Ex.Of("سلام سارا. سفارشتان ارسال شد. کد رهگیری ۱۲۳۴ است.", "Hi Tom. Your refund was sent today. It takes two days to arrive."),
        Ex.Of("سلام سارا. سفارشتان ارسال شد. اگر سوال دیگری داشتید خوشحال می‌شم کمک کنم.", "Hi Tom. Your refund was sent today. Let me know if there's anything else!")),
    new RuleText("پاسخ با پیشنهاد کمک بیشتر تمام نمی‌شود.", "The reply does not end by offering more help.",
        "نکته ۱۲ و ۱۸: مکالمه را با دعوت به ادامه تمام کنید: «آیا می‌تونم برای کار دیگه‌ای هم کمکتون کنم؟»",
        "Tips 12 and 18: end by inviting the customer to ask more.",
        "آیا می‌تونم برای کار دیگه‌ای هم کمکتون کنم؟", "Is there anything else I can help you with?"))
{
    private const int MinWords = 8;

    public override void Check(LintContext context, FindingSink sink)
    {
        var sentences = context.BodySentences;
        var words = 0;
        foreach (var s in sentences)
        {
            words += s.Words;
        }

        if (context.Request.Channel == ToneChannel.Sms || sentences.Count == 0 || words < MinWords
            || (context.Request.Channel == ToneChannel.Chat && sentences.Count == 1) || EndsWithQuestion(context.Masked, sentences[^1]))
        {
            return;
        }

        var from = sentences[Math.Max(0, sentences.Count - 3)].Start;
        if (context.AnyHitIn(LexiconGroup.ClosingOffer, from, context.Structure.BodyEnd))
        {
            return;
        }

        var last = context.LastContentSentence() ?? sentences[^1];
        sink.Add(new Finding(this, last.Start, last.Length));
    }

    private static bool EndsWithQuestion(string text, TextSegment sentence)
    {
        var s = text.AsSpan(sentence.Start, sentence.Length).TrimEnd();
        return s.Length > 0 && s[^1] is '?' or '\u061F';
    }
}

/// <summary>TL1001: the last sentence is a refusal with no way forward after it.</summary>
internal sealed class EndsNegativeRule() : ToneRule(
    Ex.Info("TL1001", ToneCategory.EndsNegative, ToneSeverity.Warning, "Never end on a no", "seed 004, tip 28",
        Ex.Of("سلام رضا. درخواستتان را بررسی کردم. متاسفانه این کار امکان‌پذیر نیست.", "Hi Ann. I checked your request. We can't offer a refund on this item."),
        Ex.Of("سلام رضا. بازگشت وجه ممکن نیست، اما می‌توانم همین امروز کالا را برایتان تعویض کنم.", "Hi Ann. A refund isn't possible, but I can exchange the item today.")),
    new RuleText("جمله آخر یک «نه» است.", "The reply ends on a refusal.",
        "نکته ۲۸: اخبار بد را ساندویچ کنید و هیچ‌وقت با پاسخ منفی تمام نکنید؛ راه جایگزین یا قدم بعدی را بگویید.",
        "Tip 28: sandwich bad news and never end on a no; close with an alternative or the next step.",
        "بعد از «نه»، یک راه جایگزین یا قدم بعدی پیشنهاد دهید.", "Follow the no with an alternative or the next step."))
{
    public override void Check(LintContext context, FindingSink sink)
    {
        if (context.LastContentSentence() is not { } last)
        {
            return;
        }

        var negatives = context.HitsOf(LexiconGroup.Negative);
        var lastNegativeEnd = -1;
        foreach (var h in negatives)
        {
            if (h.Start >= last.Start && h.End <= last.End && !context.IsConditional(h))
            {
                lastNegativeEnd = h.End;
            }
        }

        if (lastNegativeEnd < 0 || HasWayForward(context, lastNegativeEnd, last.End))
        {
            return;
        }

        // A pivot before the refusal in the same sentence ("I can …, but we can't …") still ends on the refusal.
        sink.Add(new Finding(this, last.Start, last.Length));
    }

    /// <summary>
    /// Whether a pivot follows the refusal: a conjunction ("but", «اما», "instead") always counts; an offer ("we can",
    /// «می‌توانم», "happy to") counts only after a clause break, since in "there's no way we can ship" or "isn't
    /// something we can offer" it belongs to the refusal.
    /// </summary>
    private static bool HasWayForward(LintContext context, int from, int end)
    {
        foreach (var h in context.HitsOf(LexiconGroup.Pivot))
        {
            if (h.Start < from || h.End > end)
            {
                continue;
            }

            if (!FlowLexicon.IsOfferPivot(h.Entry.Phrase) || context.Masked.AsSpan(from, h.Start - from).IndexOfAny(ClauseBreaks) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create(",;:\u060C\u061B\u2013\u2014");
}
