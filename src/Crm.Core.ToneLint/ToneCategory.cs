namespace Crm.Core.ToneLint;

/// <summary>
/// Lists the fixed tone-lint categories; each has a stable kebab-case id (see <see cref="ToneCategoryIds"/>).
/// </summary>
/// <remarks>The default value, <see cref="NegativePhrasing"/>, is a real category: always set a category explicitly.</remarks>
public enum ToneCategory
{
    /// <summary><c>negative-phrasing</c>: what we cannot do instead of what we will do (tip 2).</summary>
    NegativePhrasing,

    /// <summary><c>blaming-language</c>: the customer is told it is their fault (tips 2, 30).</summary>
    BlamingLanguage,

    /// <summary><c>cliche</c>: stock phrases customers are tired of (tip 15).</summary>
    Cliche,

    /// <summary><c>robotic-formality</c>: officialese and jargon where plain words serve (tips 16, 48).</summary>
    RoboticFormality,

    /// <summary><c>deflecting-apology</c>: an apology for the customer's feelings, not for the problem (tip 37).</summary>
    DeflectingApology,

    /// <summary><c>over-apology</c>: the reply is stuck in the apology (tip 20).</summary>
    OverApology,

    /// <summary><c>missing-name</c>: the known customer name is not used, or a generic greeting is (tip 5).</summary>
    MissingName,

    /// <summary><c>too-long</c>: too many words, long sentences or long paragraphs for the channel (tip 3).</summary>
    TooLong,

    /// <summary><c>no-closing-offer</c>: the reply does not end by offering more help (tips 12, 18).</summary>
    NoClosingOffer,

    /// <summary><c>ends-negative</c>: the last sentence is a refusal (tip 28).</summary>
    EndsNegative,

    /// <summary><c>unfilled-placeholder</c>: a template field such as <c>{اسم مشتری}</c> was left in (tip 10).</summary>
    UnfilledPlaceholder,

    /// <summary><c>passive-voice</c>: passive sentences such as «ثبت گردید» (tip 14).</summary>
    PassiveVoice,

    /// <summary><c>unexplained-referral</c>: a transfer without saying why (tip 38).</summary>
    UnexplainedReferral,

    /// <summary><c>vague-timeline</c>: «در اسرع وقت», "shortly" instead of a time (tip 32, seed 001).</summary>
    VagueTimeline,

    /// <summary><c>shouting</c>: runs of exclamation marks, words in capitals.</summary>
    Shouting,

    /// <summary><c>policy-hiding</c>: hiding behind policies and procedures (seed 001).</summary>
    PolicyHiding,

    /// <summary><c>register-mismatch</c>: casual reply to a formal customer, or stiff reply to a casual one (tip 6).</summary>
    RegisterMismatch,

    /// <summary><c>emoji-when-upset</c>: emoji or jokes when the customer is angry (tips 6, 7).</summary>
    EmojiWhenUpset,

    /// <summary><c>glossary</c>: a word the team's style guide bans, with its preferred replacement (tip 8).</summary>
    Glossary,

    /// <summary><c>typography</c>: Persian orthography: Arabic letters, zero-width non-joiner, punctuation.</summary>
    Typography,
}
