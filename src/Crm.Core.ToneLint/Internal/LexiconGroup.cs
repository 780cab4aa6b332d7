namespace Crm.Core.ToneLint.Internal;

/// <summary>The phrase lists compiled into the shared automaton.</summary>
internal enum LexiconGroup
{
    Negative,
    Blaming,
    Policy,
    Cliche,
    Robotic,
    Deflecting,
    Apology,
    GenericGreeting,
    Formal,
    Colloquial,
    Anger,
    Joke,
    Vague,
    Referral,
    ReferralReason,
    ClosingOffer,
    Pivot,
    Passive,
    Glossary,
    Custom,
    Allowed,
    GapPart,
    Complaint,
    Positive,
    ValueStrong,
    ValueWeak,
}
