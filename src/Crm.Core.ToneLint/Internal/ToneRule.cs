namespace Crm.Core.ToneLint.Internal;

/// <summary>A lint rule: its public description, its wording, and the check.</summary>
internal abstract class ToneRule(ToneRuleInfo info, RuleText text)
{
    public ToneRuleInfo Info { get; } = info;

    public RuleText Text { get; } = text;

    public abstract void Check(LintContext context, List<Finding> sink);
}
