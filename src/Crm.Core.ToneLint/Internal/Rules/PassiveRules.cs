using Crm.Core.ToneLint.Internal.Lexicon;

namespace Crm.Core.ToneLint.Internal.Rules;

/// <summary>TL1201: Persian passive constructions such as «ثبت گردید», «انجام خواهد شد».</summary>
internal static class PersianPassive
{
    public static IEnumerable<string> Phrases() =>
        from noun in FlowLexicon.PassiveNouns
        from aux in FlowLexicon.PassiveAuxiliaries
        select noun + " " + aux;

    public static ToneRule Create() => new PhraseRule(
        Ex.Info("TL1201", ToneCategory.PassiveVoice, ToneSeverity.Suggestion, "Active voice (Persian)", "seed 004, tips 14 and 17",
            Ex.Of("سفارش شما ثبت گردید.", "درخواست شما بررسی خواهد شد.", "مبلغ واریز گردیده است."),
            Ex.Of("سفارشتان را ثبت کردم.", "درخواستتان را تا فردا بررسی می‌کنم.")),
        new RuleText("«{0}» جمله مجهول است؛ بگویید چه کسی کار را انجام می‌دهد.", "\"{0}\" is passive; say who does it.",
            "نکته ۱۴ و ۱۷: از جملات مجهول و کلمات خشک استفاده نکنید؛ افعال معلوم روشن‌ترند.",
            "Tips 14 and 17: avoid passive sentences; active verbs are clearer.",
            "فعل معلوم اول شخص: «ثبت کردم»، «بررسی می‌کنم».", "Use an active first-person verb."),
        LexiconGroup.Passive);
}

/// <summary>
/// TL1202: English passive: was/were/been/being/be followed by a past participle ("has been received"); "is done" and
/// "are packed" read as states and are left alone.
/// </summary>
internal sealed class EnglishPassiveRule() : ToneRule(
    Ex.Info("TL1202", ToneCategory.PassiveVoice, ToneSeverity.Suggestion, "Active voice (English)", "seed 004, tips 14 and 17",
        Ex.Of("Your request has been received.", "The refund will be processed.", "Your account was suspended."),
        Ex.Of("We received your request.", "I'm excited to help.", "I'll process the refund today.")),
    new RuleText("«{0}» مجهول است.", "\"{0}\" is passive; say who does it.",
        "نکته ۱۴ و ۱۷: از جملات مجهول استفاده نکنید.", "Tips 14 and 17: avoid passive sentences; active verbs are clearer.",
        "فعل معلوم اول شخص.", "Use an active first-person verb: \"We received …\"."))
{
    private static readonly HashSet<string> Be = new(["was", "were", "been", "being", "be"], StringComparer.Ordinal);
    private static readonly HashSet<string> Lead = new(["has", "have", "had", "will", "would", "can", "may", "might", "should"], StringComparer.Ordinal);
    private static readonly HashSet<string> Adverbs = new(["already", "now", "just", "also", "successfully", "being", "been", "be"], StringComparer.Ordinal);
    private static readonly HashSet<string> Exceptions = new(FlowLexicon.EnglishParticipleExceptions, StringComparer.Ordinal);
    private static readonly HashSet<string> Irregular = new(FlowLexicon.EnglishIrregularParticiples, StringComparer.Ordinal);

    public override void Check(LintContext context, List<Finding> sink)
    {
        var text = context.Masked;
        var words = new List<(int Start, int End, string Lower)>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiLetter(text[i]))
            {
                if (!char.IsWhiteSpace(text[i]) && (words.Count == 0 || words[^1].Lower.Length > 0))
                {
                    words.Add((i, i, string.Empty)); // punctuation or another script breaks a phrase; runs collapse to one break
                }

                i++;
                continue;
            }

            var s = i;
            while (i < text.Length && (char.IsAsciiLetter(text[i]) || text[i] == '\''))
            {
                i++;
            }

            words.Add((s, i, i - s <= 14 ? text[s..i].ToLowerInvariant() : string.Empty));
        }

        for (var w = 0; w < words.Count; w++)
        {
            if (!Be.Contains(words[w].Lower))
            {
                continue;
            }

            var p = w + 1;
            while (p < words.Count && Adverbs.Contains(words[p].Lower))
            {
                p++;
            }

            if (p >= words.Count || !IsParticiple(words[p].Lower))
            {
                continue;
            }

            var start = w > 0 && Lead.Contains(words[w - 1].Lower) ? words[w - 1].Start : words[w].Start;
            sink.Add(new Finding(this, start, words[p].End - start));
            w = p;
        }
    }

    private static bool IsParticiple(string word) =>
        word.Length > 0 && !Exceptions.Contains(word) && (Irregular.Contains(word) || (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal)));
}
