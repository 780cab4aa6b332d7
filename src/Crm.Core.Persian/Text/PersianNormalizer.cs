using Crm.Core.Persian.Internal;

namespace Crm.Core.Persian;

/// <summary>
/// Normalizes Persian text for storage and display (names, notes): Persian letters, standard ZWNJs, single spaces,
/// trimmed. Unlike <see cref="PersianFold"/> it keeps diacritics, letter case and (by default) digits as typed.
/// </summary>
/// <remarks>
/// <para>Both methods apply the letter fold of <see cref="PersianFold"/> (ي→ی, ك→ک, ة/ۀ/هٔ→ه, أ/إ/ٱ→ا,
/// presentation forms resolved), remove kashida, ZWJ, bidi controls, soft hyphens, BOM and word joiners, keep other
/// diacritics (so «محمّد» keeps its shadda), collapse space runs to one space, drop ZWNJs that are not between two
/// letters, collapse ZWNJ runs to one, and trim. Both are idempotent.</para>
/// <para><see cref="Normalize(string)"/> also keeps line breaks (as <c>\n</c>, at most one empty line in a row,
/// spaces around them removed) and writes the standard ZWNJ:</para>
/// <list type="bullet">
/// <item>«می»/«نمی» written as a separate word, followed by a word that ends like a conjugated verb (in د, م, ی, ت
/// or ن) and is not an auxiliary (بود, است, هست, نیست, باشد and their persons): «می شود» → «می‌شود». The month
/// «می» after «ماه» or a number stays: «ماه می سال» and «۱۵ می» are untouched.</item>
/// <item>«می»/«نمی» glued to one of a closed list of frequent verb forms: «نمیشود» → «نمی‌شود». Other glued words
/// («میز», «میلاد», «میدان») are never split.</item>
/// <item>«ها», «های», «هایی», «تر», «ترین» written as a separate word after a Persian word: «کتاب ها» → «کتاب‌ها».
/// Glued suffixes are left alone («تنها», «دختر», «بهترین» would be corrupted by splitting).</item>
/// </list>
/// <para>See docs/persian-text.md for the limits of these rules.</para>
/// </remarks>
public static class PersianNormalizer
{
    /// <summary>Normalizes stored text (notes, descriptions) for display, digits as typed.</summary>
    /// <param name="text">The text to normalize.</param>
    /// <returns>The normalized text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <example>
    /// <code>
    /// PersianNormalizer.Normalize("  اين كتاب ها را نمي خوانم ")   // "این کتاب‌ها را نمی‌خوانم"
    /// PersianNormalizer.Normalize("ماه می سال ۱۴۰۳ روی میز")   // unchanged
    /// </code>
    /// </example>
    public static string Normalize(string text) => Normalize(text, PersianDigitStyle.AsTyped);

    /// <summary>Normalizes stored text (notes, descriptions) for display, writing digits in the chosen style.</summary>
    /// <param name="text">The text to normalize.</param>
    /// <param name="digits">What to do with digits.</param>
    /// <returns>The normalized text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="digits"/> is not a defined value.</exception>
    /// <example><code>PersianNormalizer.Normalize("سفارش 12 عدد", PersianDigitStyle.Persian) // "سفارش ۱۲ عدد"</code></example>
    public static string Normalize(string text, PersianDigitStyle digits)
    {
        ArgumentNullException.ThrowIfNull(text);
        ValidateDigits(digits);
        var letters = FoldWriter.Run(text, FoldSettings.Display(digits, keepLineBreaks: true), out _, out _);
        return DisplayAffixRules.Apply(letters);
    }

    /// <summary>Normalizes a personal or company name: the letter and space rules only, no affix rules.</summary>
    /// <param name="text">The name to normalize.</param>
    /// <returns>The normalized name on one line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <example><code>PersianNormalizer.NormalizeName(" علي  رضائي ") // "علی رضائی"</code></example>
    public static string NormalizeName(string text) => NormalizeName(text, PersianDigitStyle.AsTyped);

    /// <summary>Normalizes a personal or company name, writing digits in the chosen style.</summary>
    /// <param name="text">The name to normalize.</param>
    /// <param name="digits">What to do with digits.</param>
    /// <returns>The normalized name on one line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="digits"/> is not a defined value.</exception>
    /// <example><code>PersianNormalizer.NormalizeName("شركت 724", PersianDigitStyle.Persian) // "شرکت ۷۲۴"</code></example>
    public static string NormalizeName(string text, PersianDigitStyle digits)
    {
        ArgumentNullException.ThrowIfNull(text);
        ValidateDigits(digits);
        return FoldWriter.Run(text, FoldSettings.Display(digits, keepLineBreaks: false), out _, out _);
    }

    private static void ValidateDigits(PersianDigitStyle digits)
    {
        if (!Enum.IsDefined(digits))
        {
            throw new ArgumentOutOfRangeException(nameof(digits), digits, "Unknown digit style.");
        }
    }
}
