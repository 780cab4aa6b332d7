using System.Globalization;

namespace Crm.Core.Persian.Internal;

/// <summary>Character classes and the letter fold shared by <see cref="PersianFold"/> and <see cref="PersianNormalizer"/>.</summary>
internal static class ArabicLetters
{
    internal const char Zwnj = '\u200C';
    internal const char Yeh = '\u06CC';      // ی FARSI YEH
    internal const char Keheh = '\u06A9';    // ک KEHEH
    internal const char Heh = '\u0647';      // ه
    internal const char Alef = '\u0627';     // ا
    internal const char AlefMadda = '\u0622'; // آ
    internal const char Waw = '\u0648';      // و
    internal const char WawHamza = '\u0624'; // ؤ
    internal const char YehHamza = '\u0626'; // ئ
    internal const char MaddaAbove = '\u0653';
    internal const char HamzaAbove = '\u0654';
    internal const char HamzaBelow = '\u0655';

    /// <summary>Maps an Arabic or regional variant letter to the Persian letter used for matching and display.</summary>
    internal static char FoldLetter(char c) => c switch
    {
        // Yeh variants: ي ى ے ۍ ې ێ ؠ ۓ ۑ ؽ ؾ ؿ ٸ
        '\u064A' or '\u0649' or '\u06D2' or '\u06CD' or '\u06D0' or '\u06CE' or '\u0620'
            or '\u06D3' or '\u06D1' or '\u063D' or '\u063E' or '\u063F' or '\u0678' => Yeh,
        // Kaf variants: ك ڪ ګ ڬ ڭ ڮ ػ ؼ
        '\u0643' or '\u06AA' or '\u06AB' or '\u06AC' or '\u06AD' or '\u06AE' or '\u063B' or '\u063C' => Keheh,
        // Heh variants: ۀ ة ہ ۂ ە ھ ۃ
        '\u06C0' or '\u0629' or '\u06C1' or '\u06C2' or '\u06D5' or '\u06BE' or '\u06C3' => Heh,
        // Alef variants: أ إ ٱ ٲ ٳ (آ is kept)
        '\u0623' or '\u0625' or '\u0671' or '\u0672' or '\u0673' => Alef,
        _ => c,
    };

    /// <summary>Tells whether a character is removed outright: kashida, ZWJ, bidi controls, soft hyphen, BOM, word joiner.</summary>
    internal static bool IsRemoved(char c) => c switch
    {
        '\u0640' or '\u200D' or '\u200E' or '\u200F' or '\u061C' or '\u00AD' or '\uFEFF' or '\u2060' => true,
        >= '\u202A' and <= '\u202E' => true,
        >= '\u2066' and <= '\u2069' => true,
        _ => false,
    };

    /// <summary>Tells whether a character is a ZWNJ or a zero-width space (treated as a ZWNJ).</summary>
    internal static bool IsZwnjLike(char c) => c is Zwnj or '\u200B';

    /// <summary>Tells whether a character ends a line in display normalization.</summary>
    internal static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085' or '\v' or '\f';

    /// <summary>Tells whether a character is an Arabic-script combining mark (diacritics U+064B–U+065F, U+0670, Quranic marks).</summary>
    internal static bool IsArabicMark(char c) =>
        c is (>= '\u0610' and <= '\u061A') or (>= '\u064B' and <= '\u065F') or '\u0670'
            or (>= '\u06D6' and <= '\u06ED') or (>= '\u08D3' and <= '\u08FF')
        && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    /// <summary>Tells whether a character is a letter of the Arabic script (any Arabic block).</summary>
    internal static bool IsArabicLetter(char c) =>
        c is (>= '\u0620' and <= '\u06FF') or (>= '\u0750' and <= '\u077F') or (>= '\u08A0' and <= '\u08C9')
        && char.IsLetter(c);

    /// <summary>Tells whether a character is in one of the Arabic presentation-form blocks.</summary>
    internal static bool IsPresentationForm(char c) => c is (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF');

    /// <summary>Tells whether a character belongs inside a word: a letter, a digit, a combining mark or a ZWNJ.</summary>
    internal static bool IsWordChar(char c)
    {
        if (char.IsLetterOrDigit(c) || c == Zwnj)
        {
            return true;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }
}
