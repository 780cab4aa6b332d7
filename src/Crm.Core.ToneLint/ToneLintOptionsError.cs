using System.Globalization;

namespace Crm.Core.ToneLint;

/// <summary>One problem of <see cref="ToneLintOptions"/>, from <see cref="ToneLintOptionsValidator.Errors"/>: the setting,
/// the rule, the value and a message in English and in Persian.</summary>
/// <param name="Setting">The setting, for example <c>CustomRules[0].Pattern</c>.</param>
/// <param name="Rule">The stable rule id, for example <c>tone-options.pattern-invalid</c>.</param>
/// <param name="Value">The offending value as configured.</param>
/// <param name="Message">An English sentence naming the setting, the rule and the value (what <see cref="ToneLintOptionsValidator.Validate"/> returns).</param>
/// <param name="PersianMessage">The same in Persian (Persian letters and digits), ending with the rule id.</param>
public sealed record ToneLintOptionsError(string Setting, string Rule, string Value, string Message, string PersianMessage)
{
    /// <summary>Returns the message in the language of <paramref name="culture"/>: Persian for a Persian culture
    /// (<c>fa</c>, <c>fa-IR</c>), English for any other; never the thread's culture implicitly.</summary>
    /// <param name="culture">The reader's culture.</param>
    /// <returns><see cref="PersianMessage"/> or <see cref="Message"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is <see langword="null"/>.</exception>
    public string MessageIn(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return string.Equals(culture.TwoLetterISOLanguageName, "fa", StringComparison.OrdinalIgnoreCase) ? PersianMessage : Message;
    }
}
