namespace Crm.Core.Persian;

/// <summary>
/// Converts between ASCII digits (0–9), Persian digits (۰–۹, U+06F0–U+06F9) and Arabic-Indic digits (٠–٩, U+0660–U+0669).
/// </summary>
/// <remarks>Characters that are not digits pass through unchanged; the length of the text never changes.</remarks>
public static class PersianDigits
{
    private const char PersianZero = '\u06F0';
    private const char ArabicIndicZero = '\u0660';

    /// <summary>Replaces every Persian and Arabic-Indic digit with the ASCII digit of the same value.</summary>
    /// <param name="text">The text to convert.</param>
    /// <returns>The text with ASCII digits only; the same instance when nothing had to change.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <example><code>PersianDigits.ToAscii("۱۴۰۵/۰۱/۰۱") // "1405/01/01"</code></example>
    public static string ToAscii(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = text.AsSpan().IndexOfAnyInRange(ArabicIndicZero, (char)(PersianZero + 9));
        if (first < 0)
        {
            return text;
        }

        return string.Create(text.Length, (text, first), static (span, state) =>
        {
            state.text.AsSpan().CopyTo(span);
            for (var i = state.first; i < span.Length; i++)
            {
                var value = DigitValue(span[i]);
                if (value >= 0 && span[i] > '9')
                {
                    span[i] = (char)('0' + value);
                }
            }
        });
    }

    /// <summary>Replaces every ASCII and Arabic-Indic digit with the Persian digit of the same value.</summary>
    /// <param name="text">The text to convert.</param>
    /// <returns>The text with Persian digits.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <example><code>PersianDigits.ToPersian("1405/01/01") // "۱۴۰۵/۰۱/۰۱"</code></example>
    public static string ToPersian(string text) => Convert(text, PersianZero);

    /// <summary>Replaces every ASCII and Persian digit with the Arabic-Indic digit of the same value.</summary>
    /// <param name="text">The text to convert.</param>
    /// <returns>The text with Arabic-Indic digits.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <example><code>PersianDigits.ToArabicIndic("12") // "١٢"</code></example>
    public static string ToArabicIndic(string text) => Convert(text, ArabicIndicZero);

    /// <summary>Returns the numeric value of an ASCII, Persian or Arabic-Indic digit.</summary>
    /// <param name="c">The character to read.</param>
    /// <returns>0–9 for a digit of any of the three scripts; −1 for any other character.</returns>
    /// <example><code>PersianDigits.DigitValue('۷') // 7</code></example>
    public static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= PersianZero and <= (char)(PersianZero + 9) => c - PersianZero,
        >= ArabicIndicZero and <= (char)(ArabicIndicZero + 9) => c - ArabicIndicZero,
        _ => -1,
    };

    /// <summary>Tells whether a character is an ASCII, Persian or Arabic-Indic digit.</summary>
    /// <param name="c">The character to test.</param>
    /// <returns><see langword="true"/> for a digit of any of the three scripts.</returns>
    public static bool IsDigit(char c) => DigitValue(c) >= 0;

    private static string Convert(string text, char zero)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(text.Length, (text, zero), static (span, state) =>
        {
            var source = state.text.AsSpan();
            for (var i = 0; i < span.Length; i++)
            {
                var value = DigitValue(source[i]);
                span[i] = value >= 0 ? (char)(state.zero + value) : source[i];
            }
        });
    }
}
