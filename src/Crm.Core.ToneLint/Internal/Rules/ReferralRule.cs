namespace Crm.Core.ToneLint.Internal.Rules;

/// <summary>TL1301: a transfer or referral with no reason in the sentence before, the same or the next one.</summary>
internal sealed class ReferralRule() : ToneRule(
    Ex.Info("TL1301", ToneCategory.UnexplainedReferral, ToneSeverity.Warning, "Explain a referral", "seed 004, tips 15, 27 and 38",
        Ex.Of("باید شما رو به واحد فنی ارجاع بدم.", "I'll transfer you to another department."),
        Ex.Of("می‌خوام شما رو به آقای صالحی ارجاع بدم، چون متخصص همین مشکل است و فورا حلش می‌کند.",
              "I'll transfer you to Dana in billing because she can issue the refund right away.")),
    new RuleText("ارجاع «{0}» بدون توضیح دلیل است.", "The referral \"{0}\" does not say why.",
        "نکته ۳۸: مشتری را سریع ارجاع دهید اما دلیلش را توضیح دهید؛ بگویید به چه کسی و چرا این به نفع اوست.",
        "Tip 38: refer quickly but explain why, and to whom, so the customer sees it is for their benefit.",
        "مثلاً: «شما را با متخصصمان … آشنا می‌کنم که می‌تواند فوراً مشکل را حل کند».",
        "E.g. \"I'm connecting you with Dana, our billing specialist, who can refund you right away.\""))
{
    public override void Check(LintContext context, FindingSink sink)
    {
        var sentences = context.Sentences;
        var k = 0;
        foreach (var hit in context.HitsOf(LexiconGroup.Referral))
        {

            while (k < sentences.Count - 1 && sentences[k].End <= hit.Start)
            {
                k++;
            }

            // «اگر سؤالی داشتید، با دفتر آموزش تماس بگیرید»: a conditional offer of a way to ask hands nothing on.
            if (context.IsConditional(hit) || (sentences.Count > 0 && StartsWithCondition(context.Masked, sentences[k])))
            {
                continue;
            }

            var end = sentences.Count == 0 ? context.Original.Length : sentences[Math.Min(sentences.Count - 1, k + 1)].End;
            // The reason may come first: "Marcus in our mortgages team can change the date. Shall I put you through?"
            var start = sentences.Count == 0 ? 0 : sentences[Math.Max(0, k - 1)].Start;
            if (!context.AnyHitIn(LexiconGroup.ReferralReason, start, end))
            {
                sink.Add(new Finding(this, hit.Start, hit.Length));
            }
        }
    }

    private static readonly string[] ConditionOpenings = ["if ", "should ", "in case ", "\u0627\u06AF\u0631 ", "\u0627\u06AF\u0647 ", "\u062F\u0631 \u0635\u0648\u0631\u062A", "\u0686\u0646\u0627\u0646\u0686\u0647 "];

    private static bool StartsWithCondition(string text, TextSegment sentence)
    {
        var s = text.AsSpan(sentence.Start, sentence.Length).TrimStart();
        foreach (var opening in ConditionOpenings)
        {
            if (s.StartsWith(opening, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
