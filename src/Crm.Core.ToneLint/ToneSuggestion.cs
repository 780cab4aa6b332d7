namespace Crm.Core.ToneLint;

/// <summary>Proposes a better wording for a finding.</summary>
/// <param name="Replacement">Text that could replace the span; empty when the suggestion is advice only.</param>
/// <param name="Description">Why or how, in the reply's language.</param>
public readonly record struct ToneSuggestion(string Replacement, string Description);
