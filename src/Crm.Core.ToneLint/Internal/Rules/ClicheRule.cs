namespace Crm.Core.ToneLint.Internal.Rules;

/// <summary>
/// TL0301: the listed clichés, and a body sentence that is a stock statement of values in words no list holds. Such
/// a sentence stacks value words («قلب», «خانواده», «سرمایه», "heart", "priority", "every step of the way": 2 each;
/// «رضایت», «مشتریان», "customers", "best": 1 each) and says nothing concrete: it scores 3 or more with at least one
/// strong word, has no digit and at most 30 words.
/// </summary>
internal sealed class ClicheRule(ToneRuleInfo info, RuleText text) : ToneRule(info, text)
{
    private const int Threshold = 3;
    private const int MaxWords = 30;

    public override void Check(LintContext context, FindingSink sink)
    {
        var listed = context.HitsOf(LexiconGroup.Cliche);
        foreach (var hit in listed)
        {
            sink.Add(new Finding(this, hit.Start, hit.Length));
        }

        var strong = context.HitsOf(LexiconGroup.ValueStrong);
        if (strong.Count == 0)
        {
            return;
        }

        var weak = context.HitsOf(LexiconGroup.ValueWeak);
        int nextStrong = 0, nextWeak = 0;
        foreach (var sentence in context.BodySentences)
        {
            // Sentences and hits are both in text order: each list is walked once over the whole reply, so a 1 MiB
            // reply of value words costs linear time, not sentences × hits.
            var strongHere = Count(strong, sentence, context, ref nextStrong);
            var weakHere = Count(weak, sentence, context, ref nextWeak);
            if (sentence.Words > MaxWords || strongHere == 0 || context.AnyHitIn(LexiconGroup.Cliche, sentence.Start, sentence.End) || HasDigit(context.Masked, sentence))
            {
                continue;
            }

            // A generic greeting ("Dear valued customer") is the missing-name rule's finding, not a statement of values.
            var score = 2 * strongHere + weakHere;
            if (score >= Threshold)
            {
                sink.Add(new Finding(this, sentence.Start, sentence.Length));
            }
        }
    }

    // Counts the hits inside the sentence from index next on and leaves next at the first hit after it.
    private static int Count(List<PhraseHit> hits, TextSegment sentence, LintContext context, ref int next)
    {
        while (next < hits.Count && hits[next].Start < sentence.Start)
        {
            next++;
        }

        var n = 0;
        while (next < hits.Count && hits[next].Start < sentence.End)
        {
            var h = hits[next++];
            if (h.End <= sentence.End && !context.AnyHitCovering(LexiconGroup.GenericGreeting, h.Start, h.End))
            {
                n++;
            }
        }

        return n;
    }

    private static bool HasDigit(string text, TextSegment sentence)
    {
        foreach (var c in text.AsSpan(sentence.Start, sentence.Length))
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
