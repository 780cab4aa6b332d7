using System.Buffers;
using Crm.Core.ToneLint.Internal.Lexicon;

namespace Crm.Core.ToneLint.Internal.Rules;

/// <summary>TL1201: Persian passive constructions such as «ثبت گردید», «انجام خواهد شد».</summary>
internal static class PersianPassive
{
    public static IEnumerable<string> Phrases() =>
        (from noun in FlowLexicon.PassiveNouns
         from aux in FlowLexicon.PassiveAuxiliaries.Concat(FlowLexicon.SpokenPassiveAuxiliaries)
         select noun + " " + aux)
        .Concat(from participle in FlowLexicon.Participles
                from aux in FlowLexicon.ParticipleAuxiliaries
                select participle + " " + aux)
        .Concat(FlowLexicon.NotPassiveWithBareShod);

    /// <summary>
    /// Negated subjunctive and future passives of a participle («پس گرفته نشه», «برگردانده نخواهد شد»): a rule stated as a
    /// refusal, so they are negative phrasing too (the present «نمی‌شود» already is).
    /// </summary>
    public static IEnumerable<string> NegatedParticiplePhrases() =>
        from participle in FlowLexicon.Participles
        from aux in new[] { "نشه", "نشود", "نخواهد شد", "نخواهند شد" }
        select participle + " " + aux;

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
/// TL1202: English passive: was/were/been/being/be followed by a past participle ("has been received"), and a negated
/// present ("returns aren't accepted", "is not refunded"); "is done" and "are packed" read as states and are left alone.
/// </summary>
internal sealed class EnglishPassiveRule() : ToneRule(
    Ex.Info("TL1202", ToneCategory.PassiveVoice, ToneSeverity.Suggestion, "Active voice (English)", "seed 004, tips 14 and 17",
        Ex.Of("Your request has been received.", "The refund will be processed.", "Your account was suspended."),
        Ex.Of("We received your request.", "I'm excited to help.", "I'll process the refund today.")),
    new RuleText("«{0}» مجهول است.", "\"{0}\" is passive; say who does it.",
        "نکته ۱۴ و ۱۷: از جملات مجهول استفاده نکنید.", "Tips 14 and 17: avoid passive sentences; active verbs are clearer.",
        "فعل معلوم اول شخص.", "Use an active first-person verb: \"We received …\"."))
{
    // The words are ASCII letters and apostrophes, so ignoring case ordinally equals lower-casing them invariantly.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Be = Lookup(["was", "were", "been", "being", "be", "got", "get", "gets", "getting", "gotten", "wasn't", "weren't", "wasn\u2019t", "weren\u2019t"]);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NegatedPresent = Lookup(["isn't", "aren't", "isn\u2019t", "aren\u2019t"]);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Present = Lookup(["is", "are"]);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Not = Lookup(["not"]);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> By = Lookup(["by"]);

    // Participles excepted as states that an agent turns into a passive ("is required by our procedures"); feelings
    // ("were confused by") stay states.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StateWithAgent =
        Lookup(["required", "needed", "allowed", "limited", "scheduled", "advised", "informed", "closed", "attached", "used"]);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lead = Lookup(["has", "have", "had", "will", "would", "can", "may", "might", "should"]);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Adverbs = Lookup(["already", "now", "just", "also", "successfully", "being", "been", "be"]);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Exceptions = Lookup(FlowLexicon.EnglishParticipleExceptions);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Irregular = Lookup(FlowLexicon.EnglishIrregularParticiples);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Action = Lookup(FlowLexicon.EnglishActionParticiples);

    public override void Check(LintContext context, FindingSink sink)
    {
        var text = context.Masked;
        if (text.AsSpan().IndexOfAnyInRange('A', 'z') < 0)
        {
            return; // no ASCII letter (nor anything between 'Z' and 'a'), so no English word
        }

        var buffer = ArrayPool<Word>.Shared.Rent(64);
        try
        {
            var count = Tokenize(text, ref buffer);
            var words = buffer.AsSpan(0, count);
            for (var w = 0; w < words.Length; w++)
            {
                var p = w + 1;
                var actionOnly = false;
                if (MayBeNegatedPresent(text, words[w]))
                {
                    // "aren't accepted", "is not refunded": a negated present passive states a rule, not a state.
                    if (!Contains(NegatedPresent, text, words[w]))
                    {
                        if (!Contains(Present, text, words[w]))
                        {
                            continue;
                        }

                        if (p < words.Length && Contains(Not, text, words[p]))
                        {
                            p++;
                        }
                        else
                        {
                            // "your locker is reserved", "fees are charged": an action on the account, not a state.
                            actionOnly = true;
                        }
                    }
                }
                else if (!MayBeBe(text, words[w]) || !Contains(Be, text, words[w]))
                {
                    continue;
                }

                while (p < words.Length && (Contains(Adverbs, text, words[p]) || IsLyAdverb(text, words[p])))
                {
                    p++;
                }

                // "is required by our procedures": a participle read as a state becomes a passive with its agent.
                var withAgent = p + 1 < words.Length && Contains(StateWithAgent, text, words[p]) && Contains(By, text, words[p + 1]);
                if (p >= words.Length || !(IsParticiple(text, words[p]) || withAgent) || (actionOnly && !withAgent && !Contains(Action, text, words[p])))
                {
                    continue;
                }

                var start = w > 0 && Contains(Lead, text, words[w - 1]) ? words[w - 1].Start : words[w].Start;
                sink.Add(new Finding(this, start, words[p].End - start));
                w = p;
            }
        }
        finally
        {
            ArrayPool<Word>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Splits the text into ASCII words and breaks: punctuation or another script breaks a phrase (runs collapse to
    /// one break); a word longer than 14 letters is kept as a word that matches nothing.
    /// </summary>
    private static int Tokenize(string text, ref Word[] buffer)
    {
        var count = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiLetter(text[i]))
            {
                if (!char.IsWhiteSpace(text[i]) && (count == 0 || !buffer[count - 1].IsEmpty))
                {
                    Add(ref buffer, ref count, new Word(i, i));
                }

                i++;
                continue;
            }

            var s = i;
            while (i < text.Length && (char.IsAsciiLetter(text[i]) || text[i] is '\'' or '\u2019'))
            {
                i++;
            }

            Add(ref buffer, ref count, i - s <= 14 ? new Word(s, i) : new Word(s, i, Long: true));
        }

        return count;
    }

    private static void Add(ref Word[] buffer, ref int count, Word word)
    {
        if (count == buffer.Length)
        {
            var bigger = ArrayPool<Word>.Shared.Rent(buffer.Length * 2);
            buffer.AsSpan(0, count).CopyTo(bigger);
            ArrayPool<Word>.Shared.Return(buffer);
            buffer = bigger;
        }

        buffer[count++] = word;
    }

    // "was", "were", "been", "being", "be", and "got", "get" … of the "got shipped" passive: two to seven letters starting with
    // 'w', 'b' or 'g'; most words fail this cheap test.
    private static bool MayBeBe(string text, Word word) =>
        word.End - word.Start is >= 2 and <= 7 && (text[word.Start] | 0x20) is 'w' or 'b' or 'g';

    // "is", "are", "isn't", "aren't": two to six characters starting with 'i' or 'a'.
    private static bool MayBeNegatedPresent(string text, Word word) =>
        word.End - word.Start is >= 2 and <= 6 && (text[word.Start] | 0x20) is 'i' or 'a';

    // "has been temporarily locked", "was automatically renewed": an adverb in -ly between the auxiliary and the participle.
    private static bool IsLyAdverb(string text, Word word) =>
        !word.IsEmpty && word.End - word.Start >= 4 && (text[word.End - 2] | 0x20) == 'l' && (text[word.End - 1] | 0x20) == 'y';

    private static bool Contains(HashSet<string>.AlternateLookup<ReadOnlySpan<char>> set, string text, Word word) =>
        !word.IsEmpty && set.Contains(text.AsSpan(word.Start, word.End - word.Start));

    private static bool IsParticiple(string text, Word word)
    {
        if (word.IsEmpty)
        {
            return false;
        }

        var span = text.AsSpan(word.Start, word.End - word.Start);
        return !Exceptions.Contains(span)
            && (Irregular.Contains(span) || (span.Length > 4 && char.ToLowerInvariant(span[^2]) == 'e' && char.ToLowerInvariant(span[^1]) == 'd'));
    }

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(IEnumerable<string> words) =>
        new HashSet<string>(words, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A word of the text, or a break (empty span); a long word matches nothing, like a break.</summary>
    private readonly record struct Word(int Start, int End, bool Long = false)
    {
        public bool IsEmpty => Long || End == Start;
    }
}
