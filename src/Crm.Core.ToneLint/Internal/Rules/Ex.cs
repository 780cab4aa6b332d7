namespace Crm.Core.ToneLint.Internal.Rules;

/// <summary>Shorthands for rule descriptions and examples.</summary>
internal static class Ex
{
    public static ToneRuleExample[] Of(params string[] texts) => [.. texts.Select(t => new ToneRuleExample(t))];

    public static ToneRuleInfo Info(string id, ToneCategory category, ToneSeverity severity, string title, string guideline,
        ToneRuleExample[] bad, ToneRuleExample[] good) => new(id, category, severity, title, guideline, bad, good);
}
