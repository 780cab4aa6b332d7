namespace Crm.Core.ToneLint.Internal.Rules;

/// <summary>Reports every resolved hit of one lexicon group; a hit whose entry has a replacement carries a fix.</summary>
internal sealed class PhraseRule(ToneRuleInfo info, RuleText text, LexiconGroup group, Func<LintContext, bool>? applies = null,
    Func<LintContext, PhraseHit, bool>? keep = null)
    : ToneRule(info, text)
{
    public override void Check(LintContext context, FindingSink sink)
    {
        if (applies is not null && !applies(context))
        {
            return;
        }

        foreach (var hit in context.HitsOf(group))
        {
            if (keep is not null && !keep(context, hit))
            {
                continue;
            }

            var replacement = hit.Entry.Replacement is { } r ? MatchCase(r, context.Original, hit.Start) : null;
            sink.Add(new Finding(this, hit.Start, hit.Length, replacement, replacement is not null));
        }
    }

    /// <summary>Capitalises an English replacement when the replaced text started with a capital.</summary>
    public static string MatchCase(string replacement, string original, int start) =>
        replacement.Length > 0 && char.IsUpper(original[start]) && char.IsLower(replacement[0])
            ? char.ToUpperInvariant(replacement[0]) + replacement[1..]
            : replacement;
}
