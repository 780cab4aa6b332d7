namespace Crm.Core.ToneLint.Internal;

/// <summary>A raw finding of a rule before severity, wording and line numbers are applied.</summary>
internal readonly record struct Finding(ToneRule Rule, int Start, int Length, string? Replacement = null, ToneFix? Fix = null, string? Arg = null);
