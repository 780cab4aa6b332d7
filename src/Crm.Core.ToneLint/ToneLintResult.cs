namespace Crm.Core.ToneLint;

/// <summary>Holds the findings for one reply and its tone score.</summary>
public sealed class ToneLintResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="text">The linted text.</param>
    /// <param name="language">The language the messages are written in (never <see cref="ToneLanguage.Auto"/>).</param>
    /// <param name="diagnostics">The findings ordered by position.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public ToneLintResult(string text, ToneLanguage language, IReadOnlyList<ToneDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        Text = text;
        Language = language;
        Diagnostics = diagnostics;
        Score = ToneScore.Compute(diagnostics);
    }

    /// <summary>Creates the linter's result, whose score was summed while the diagnostics were built.</summary>
    internal ToneLintResult(string text, ToneLanguage language, IReadOnlyList<ToneDiagnostic> diagnostics, int score)
    {
        Text = text;
        Language = language;
        Diagnostics = diagnostics;
        Score = score;
    }

    /// <summary>Gets the linted text.</summary>
    public string Text { get; }

    /// <summary>Gets the language of the reply as used for messages.</summary>
    public ToneLanguage Language { get; }

    /// <summary>Gets the findings ordered by start, then rule id.</summary>
    public IReadOnlyList<ToneDiagnostic> Diagnostics { get; }

    /// <summary>Gets the tone score, 0–100 (see <see cref="ToneScore"/>).</summary>
    public int Score { get; }

    /// <summary>Applies every available fix to <see cref="Text"/>.</summary>
    /// <returns>The fixed text; text outside the reported spans is unchanged.</returns>
    public string ApplyFixes() => ToneFixes.Apply(Text, Diagnostics);

    /// <summary>Applies every available fix of one rule ("fix all" of a kind, such as every Arabic ي/ك word of TL2001).</summary>
    /// <param name="ruleId">The rule id, for example <c>TL2001</c> (ordinal, case-insensitive).</param>
    /// <returns>The text with that rule's fixes applied; text outside their spans is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleId"/> is <see langword="null"/>.</exception>
    /// <example><code>new ToneLinter().Lint("سفارش يك روز ديگر مي‌رسد.").ApplyFixes("TL2001") // "سفارش یک روز دیگر می‌رسد."</code></example>
    public string ApplyFixes(string ruleId)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        return ToneFixes.Apply(Text, Diagnostics.Where(d => string.Equals(d.RuleId, ruleId, StringComparison.OrdinalIgnoreCase)));
    }
}
