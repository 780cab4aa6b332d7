using Crm.Core.ToneLint.Internal.Lexicon;
using Crm.Core.ToneLint.Internal.Rules;

namespace Crm.Core.ToneLint.Internal;

/// <summary>The built-in rules and the shared phrase set they read, built once per process.</summary>
internal static class RuleCatalog
{
    private static readonly Lazy<PhraseSet> LazyPhrases = new(BuildPhrases);

    public static IReadOnlyList<ToneRule> BuiltIn { get; } = [.. CreateRules()];

    public static PhraseSet Phrases => LazyPhrases.Value;

    public static IEnumerable<PhraseEntry> Entries(LexiconGroup group, IEnumerable<string> lines) =>
        lines.Select(l => PhraseEntry.Parse(group, l));

    private static IEnumerable<ToneRule> CreateRules()
    {
        foreach (var r in PhraseRules.Create())
        {
            yield return r;
        }

        yield return new ApologyRule();
        yield return new MissingNameRule();
        yield return new GenericGreetingRule();
        foreach (var r in LengthRule.Create())
        {
            yield return r;
        }

        yield return new ClosingOfferRule();
        yield return new EndsNegativeRule();
        yield return new PlaceholderRule();
        yield return PersianPassive.Create();
        yield return new EnglishPassiveRule();
        yield return new ReferralRule();
        foreach (var r in ShoutingRule.Create())
        {
            yield return r;
        }

        foreach (var r in RegisterRule.Create())
        {
            yield return r;
        }

        yield return new UpsetRule();
        yield return GlossaryRule.Create();
        foreach (var r in TypographyRule.Create())
        {
            yield return r;
        }
    }

    private static PhraseSet BuildPhrases() => new(
        Entries(LexiconGroup.Negative, NegativeLexicon.Negative)
            .Concat(Entries(LexiconGroup.Blaming, NegativeLexicon.Blaming))
            .Concat(Entries(LexiconGroup.Policy, NegativeLexicon.Policy))
            .Concat(Entries(LexiconGroup.Cliche, StyleLexicon.Cliche))
            .Concat(Entries(LexiconGroup.Robotic, StyleLexicon.Robotic))
            .Concat(Entries(LexiconGroup.Deflecting, StyleLexicon.Deflecting))
            .Concat(Entries(LexiconGroup.Apology, StyleLexicon.Apology))
            .Concat(Entries(LexiconGroup.GenericGreeting, RegisterLexicon.GenericGreeting))
            .Concat(Entries(LexiconGroup.Formal, RegisterLexicon.Formal))
            .Concat(Entries(LexiconGroup.Colloquial, RegisterLexicon.Colloquial))
            .Concat(Entries(LexiconGroup.Anger, RegisterLexicon.Anger))
            .Concat(Entries(LexiconGroup.Joke, RegisterLexicon.Joke))
            .Concat(Entries(LexiconGroup.Vague, FlowLexicon.Vague))
            .Concat(Entries(LexiconGroup.Referral, FlowLexicon.Referral))
            .Concat(Entries(LexiconGroup.ReferralReason, FlowLexicon.ReferralReason))
            .Concat(Entries(LexiconGroup.ClosingOffer, FlowLexicon.ClosingOffer))
            .Concat(Entries(LexiconGroup.Pivot, FlowLexicon.Pivot))
            .Concat(Entries(LexiconGroup.Passive, PersianPassive.Phrases()))
            .Concat(Entries(LexiconGroup.Negative, PersianPassive.NegatedParticiplePhrases()))
            .Concat(Entries(LexiconGroup.Negative, ClassLexicon.Negative()))
            .Concat(Entries(LexiconGroup.Blaming, ClassLexicon.Blaming()))
            .Concat(Entries(LexiconGroup.Vague, ClassLexicon.Vague()))
            .Concat(Entries(LexiconGroup.Policy, ClassLexicon.Policy()))
            .Concat(Entries(LexiconGroup.Policy, ClassLexicon.PolicyAgainst()))
            .Concat(Entries(LexiconGroup.Policy, ClassLexicon.PolicyNamed()))
            .Concat(Entries(LexiconGroup.Policy, ClassLexicon.PolicyOfOrganisation()))
            .Concat(Entries(LexiconGroup.Policy, ClassLexicon.PolicyCopula()))
            .Concat(Entries(LexiconGroup.Policy, ClassLexicon.PolicyOfBusiness()))
            .Concat(Entries(LexiconGroup.Blaming, ClassLexicon.BlamingWords()))
            .Concat(Entries(LexiconGroup.Blaming, ClassLexicon.BlamingReminders()))
            .Concat(Entries(LexiconGroup.Robotic, ClassLexicon.Robotic()))
            .Concat(Entries(LexiconGroup.Anger, ClassLexicon.AngerWithCopula()))
            .Concat(Entries(LexiconGroup.Complaint, RegisterLexicon.Complaint))
            .Concat(Entries(LexiconGroup.Positive, RegisterLexicon.Positive))
            .Concat(Entries(LexiconGroup.ValueStrong, ClassLexicon.WithPersianSuffixes(StyleLexicon.ValueStrong)))
            .Concat(Entries(LexiconGroup.ValueWeak, ClassLexicon.WithPersianSuffixes(StyleLexicon.ValueWeak)))
            .Concat(GapMatcher.Entries(GapLexicon.All)));

    /// <summary>The entry each gap pattern's joined hits carry, indexed like <see cref="GapLexicon.All"/>.</summary>
    public static PhraseEntry[] GapTargets { get; } = [.. GapLexicon.All.Select(p => new PhraseEntry(p.Target, p.Text, null, false, -1))];
}
