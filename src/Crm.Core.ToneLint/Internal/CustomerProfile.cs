namespace Crm.Core.ToneLint.Internal;

/// <summary>
/// What the customer's message says about register and mood, each read from several signals with a score rather
/// than one token (issue 17): see <see cref="Of"/>.
/// </summary>
internal readonly record struct CustomerProfile(bool Known, int FormalScore, int CasualScore, int FormalHits, int AngerScore, bool UsesEmoji)
{
    /// <summary>The anger score from which the customer counts as upset.</summary>
    public const int AngryFrom = 2;

    /// <summary>The longest message (in words) that counts as short, plain and therefore casual.</summary>
    public const int ShortMessageWords = 12;

    public bool IsFormal => Known && FormalScore >= 2 && FormalScore > CasualScore;

    public bool IsCasual => Known && FormalHits == 0 && CasualScore >= 1 && CasualScore > FormalScore;

    public bool Angry => Known && AngerScore >= AngryFrom;

    /// <summary>
    /// Scores a message. Anger: 2 per anger word ("unacceptable", «افتضاح»), 1 per complaint sign ("third time",
    /// "still nothing", «هنوز», «بار سوم»), 1 for runs of !! or ?? but only next to an anger word or complaint, 2 for two
    /// or more words in capitals, minus 2 when it thanks or praises without any anger word ("thanks!! amazing").
    /// Register: formal 2 per formal marker («با سلام و احترام», "Dear Sir") plus 1 for a long message (40+ words)
    /// without colloquial words; casual 2 per colloquial word or emoji plus 1 for a short message (12 words or fewer).
    /// </summary>
    public static CustomerProfile Of(string message, int words, int formal, int colloquial, int anger, int complaint, int positive, bool emoji)
    {
        var marks = message.Contains("!!", StringComparison.Ordinal) || message.Contains("??", StringComparison.Ordinal)
            || message.Contains("\u061F\u061F", StringComparison.Ordinal) || message.Contains("?!", StringComparison.Ordinal);
        var angerScore = (2 * anger) + complaint + (marks && anger + complaint > 0 ? 1 : 0) + (CapsWords(message) >= 2 ? 2 : 0)
            - (positive > 0 && anger == 0 ? 2 : 0);
        var formalScore = (2 * formal) + (words >= 40 && colloquial == 0 ? 1 : 0);
        var casualScore = (2 * colloquial) + (emoji ? 2 : 0) + (words <= ShortMessageWords ? 1 : 0);
        return new CustomerProfile(true, formalScore, casualScore, formal, angerScore, emoji);
    }

    private static int CapsWords(string text)
    {
        var count = 0;
        var run = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsAsciiLetterUpper(text[i]))
            {
                run++;
                continue;
            }

            count += run >= 4 && (i >= text.Length || !char.IsAsciiLetterLower(text[i])) ? 1 : 0;
            run = 0;
        }

        return count;
    }
}
