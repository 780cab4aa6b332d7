namespace Crm.Core.ToneLint.Internal;

/// <summary>A lint rule: its public description, its wording, and the check.</summary>
internal abstract class ToneRule(ToneRuleInfo info, RuleText text)
{
    private string? _explanationFa;
    private string? _explanationEn;

    public ToneRuleInfo Info { get; } = info;

    public RuleText Text { get; } = text;

    /// <summary>The explanation in a language followed by the guideline it cites; built once per rule and language.</summary>
    public string ExplanationWithGuideline(ToneLanguage language) => language == ToneLanguage.English
        ? _explanationEn ??= Text.ExplanationEn + " (" + Info.Guideline + ")"
        : _explanationFa ??= Text.ExplanationFa + " (" + Info.Guideline + ")";

    public abstract void Check(LintContext context, FindingSink sink);
}
