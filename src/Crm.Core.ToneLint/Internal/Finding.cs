namespace Crm.Core.ToneLint.Internal;

/// <summary>
/// A raw finding of a rule before severity, wording and line numbers are applied. A fixable finding's fix replaces
/// exactly its span with <see cref="Replacement"/>, so the fix is stored as a flag, keeping the struct small when a
/// pathological input yields hundreds of thousands of findings.
/// </summary>
internal readonly record struct Finding(ToneRule Rule, int Start, int Length, string? Replacement = null, bool Fixable = false, string? Arg = null)
{
    public ToneFix? Fix => Fixable && Replacement is { } r ? new ToneFix(Start, Length, r) : null;
}
