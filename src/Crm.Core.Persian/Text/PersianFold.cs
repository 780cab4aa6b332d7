using Crm.Core.Persian.Internal;

namespace Crm.Core.Persian;

/// <summary>
/// Folds Persian text for matching: every way of typing the same Persian words (Arabic or Persian keyboard,
/// presentation forms, diacritics, kashida, ZWNJ or space, Persian or ASCII digits) folds to the same string.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Letters: ي ى ے ۍ ې ێ ؠ (and ۓ ۑ ؽ ؾ ؿ ٸ) → ی; ك ڪ ګ ڬ ڭ ڮ (and ػ ؼ) → ک; ۀ, هٔ, ة (and ہ ۂ ە ھ ۃ) → ه;
/// أ إ ٱ (and ٲ ٳ) → ا; آ, ؤ, ئ are kept; decomposed ا+◌ٓ, و+◌ٔ, ی+◌ٔ compose to آ, ؤ, ئ.</item>
/// <item>Presentation forms U+FB50–U+FDFF and U+FE70–U+FEFF: NFKC of the one character, then the same letter fold
/// (ligatures such as ﻻ expand to several characters).</item>
/// <item>Removed: Arabic combining marks (U+064B–U+065F, U+0670, U+0610–U+061A, Quranic marks), kashida U+0640,
/// ZWJ U+200D, bidi controls (U+200E, U+200F, U+202A–U+202E, U+2066–U+2069, U+061C), soft hyphen U+00AD,
/// BOM U+FEFF and word joiner U+2060.</item>
/// <item>Separators: every whitespace character becomes ' ' and runs collapse to one; a zero-width space U+200B
/// counts as a ZWNJ; ZWNJ runs collapse to one U+200C; a ZWNJ next to a space is dropped. Nothing is trimmed.</item>
/// <item>Persian and Arabic-Indic digits become ASCII; letters are lower-cased with the invariant simple case
/// mapping (never the current culture's, so Turkish «I» folds to «i»).</item>
/// </list>
/// ASCII text that is already lower-case with single spaces comes back as the same instance.
/// </remarks>
public static class PersianFold
{
    /// <summary>Folds a text for matching and keeps the map back to the original.</summary>
    /// <param name="text">The text as the user typed it.</param>
    /// <returns>The folded text with its position map.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <example>
    /// <code>
    /// var folded = PersianFold.Fold("نمي‌‌شود");
    /// // folded.Text == "نمی\u200Cشود"; folded.ToOriginalSpan(4, 3) == (5, 3)
    /// </code>
    /// </example>
    public static FoldedText Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsAlreadyFolded(text))
        {
            return new FoldedText(text, text, null, null);
        }

        var folded = MatchFolder.Run(text, trackPositions: true, out var starts, out var ends);
        return new FoldedText(text, folded, starts, ends);
    }

    /// <summary>Folds a text for matching, without a position map.</summary>
    /// <param name="text">The text as the user typed it.</param>
    /// <returns>The folded text; the same instance when nothing changed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <example>
    /// <code>
    /// PersianFold.FoldToString("كتاب‌ها ۱۲")   // "کتاب\u200Cها 12"
    /// PersianFold.FoldToString("ﻛﺘﺎﺏ")        // "کتاب"
    /// PersianFold.FoldToString("Hello  World") // "hello world"
    /// </code>
    /// </example>
    public static string FoldToString(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IsAlreadyFolded(text) ? text : MatchFolder.Run(text, trackPositions: false, out _, out _);
    }

    /// <summary>Fast path: ASCII with no upper-case letter, no whitespace but single spaces.</summary>
    private static bool IsAlreadyFolded(string text)
    {
        var previousSpace = false;
        foreach (var c in text)
        {
            if (c >= '\u0080' || c is >= 'A' and <= 'Z' || (c != ' ' && char.IsWhiteSpace(c)))
            {
                return false;
            }

            var space = c == ' ';
            if (space && previousSpace)
            {
                return false;
            }

            previousSpace = space;
        }

        return true;
    }
}
