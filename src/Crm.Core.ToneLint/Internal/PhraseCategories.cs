namespace Crm.Core.ToneLint.Internal;

/// <summary>Which built-in phrase list a category's <see cref="ToneLintOptions.AdditionalPhrases"/> extend.</summary>
internal static class PhraseCategories
{
    public static bool TryGroup(ToneCategory category, out LexiconGroup group)
    {
        group = category switch
        {
            ToneCategory.NegativePhrasing => LexiconGroup.Negative,
            ToneCategory.BlamingLanguage => LexiconGroup.Blaming,
            ToneCategory.Cliche => LexiconGroup.Cliche,
            ToneCategory.RoboticFormality => LexiconGroup.Robotic,
            ToneCategory.DeflectingApology => LexiconGroup.Deflecting,
            ToneCategory.OverApology => LexiconGroup.Apology,
            ToneCategory.MissingName => LexiconGroup.GenericGreeting,
            ToneCategory.NoClosingOffer => LexiconGroup.ClosingOffer,
            ToneCategory.PassiveVoice => LexiconGroup.Passive,
            ToneCategory.UnexplainedReferral => LexiconGroup.Referral,
            ToneCategory.VagueTimeline => LexiconGroup.Vague,
            ToneCategory.PolicyHiding => LexiconGroup.Policy,
            _ => LexiconGroup.Custom,
        };
        return group != LexiconGroup.Custom;
    }
}
