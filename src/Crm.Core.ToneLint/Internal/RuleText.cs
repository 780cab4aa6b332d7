namespace Crm.Core.ToneLint.Internal;

/// <summary>The Persian and English wording of a rule: message ({0} = the offending text), explanation, advice.</summary>
internal sealed record RuleText(string MessageFa, string MessageEn, string ExplanationFa, string ExplanationEn, string AdviceFa, string AdviceEn)
{
    public string Message(ToneLanguage language, string arg) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, language == ToneLanguage.English ? MessageEn : MessageFa, arg);

    public string Explanation(ToneLanguage language) => language == ToneLanguage.English ? ExplanationEn : ExplanationFa;

    public string Advice(ToneLanguage language) => language == ToneLanguage.English ? AdviceEn : AdviceFa;
}
