using System.Globalization;
using Crm.Core.Persian;

namespace Crm.Core.Customers.Internal.Identifiers;

/// <summary>What <see cref="IdentifierText.ScanDigits"/> found in the text.</summary>
internal enum ScanStatus
{
    /// <summary>At least one digit and nothing but digits and separators.</summary>
    Digits,

    /// <summary>Nothing but separators (or nothing at all).</summary>
    Empty,

    /// <summary>A character that is neither a digit nor a separator.</summary>
    InvalidCharacter,
}

/// <summary>Reads the digits of an identifier as typed: any script, with separators skipped.</summary>
internal static class IdentifierText
{
    /// <summary>
    /// Copies the digits of <paramref name="text"/> into <paramref name="digits"/> as ASCII, skipping separators.
    /// </summary>
    /// <param name="text">The text to read.</param>
    /// <param name="digits">Receives the first <c>digits.Length</c> digits.</param>
    /// <param name="allowParentheses">Whether '(' and ')' are separators too (phone numbers).</param>
    /// <param name="count">The number of digits in the text, which may exceed <c>digits.Length</c>.</param>
    /// <returns>What the text holds.</returns>
    public static ScanStatus ScanDigits(ReadOnlySpan<char> text, Span<char> digits, bool allowParentheses, out int count)
    {
        count = 0;
        foreach (var c in text)
        {
            var value = PersianDigits.DigitValue(c);
            if (value >= 0)
            {
                if (count < digits.Length)
                {
                    digits[count] = (char)('0' + value);
                }

                count++;
            }
            else if (!IsSeparator(c) && !(allowParentheses && c is '(' or ')'))
            {
                return ScanStatus.InvalidCharacter;
            }
        }

        return count == 0 ? ScanStatus.Empty : ScanStatus.Digits;
    }

    /// <summary>Removes leading separators and reports whether a '+' follows them (which is then removed too).</summary>
    /// <param name="text">The text; on return, the part after the leading separators and the '+'.</param>
    /// <returns><see langword="true"/> when the first character that is not a separator is '+'.</returns>
    public static bool StripLeadingPlus(ref ReadOnlySpan<char> text)
    {
        text = TrimLeadingSeparators(text);
        if (text.Length > 0 && text[0] == '+')
        {
            text = text[1..];
            return true;
        }

        return false;
    }

    /// <summary>Removes separators from the start of the text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text from its first character that is not a separator.</returns>
    public static ReadOnlySpan<char> TrimLeadingSeparators(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (i < text.Length && IsSeparator(text[i]))
        {
            i++;
        }

        return text[i..];
    }

    /// <summary>Tells whether a character is ignored between digits: white space, a dash or an invisible format character.</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> for white space (any kind), dash punctuation (Unicode Pd, e.g. '-', '–', '—')
    /// and format characters (Unicode Cf: bidi marks, zero-width joiners, soft hyphen, byte-order mark).</returns>
    public static bool IsSeparator(char c)
    {
        if (c is ' ' or '-')
        {
            return true;
        }

        if (c < '\u0080')
        {
            return char.IsWhiteSpace(c);
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return char.IsWhiteSpace(c) || category is UnicodeCategory.DashPunctuation or UnicodeCategory.Format;
    }

    /// <summary>Tells whether the text is digits only (any script), apart from white space and invisible format
    /// characters at either end: what a person types as one number, with no separator inside.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when no dash, space or other separator stands between two digits.</returns>
    public static bool IsBareDigits(ReadOnlySpan<char> text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsEdgeSpace(text[start]))
        {
            start++;
        }

        while (end > start && IsEdgeSpace(text[end - 1]))
        {
            end--;
        }

        foreach (var c in text[start..end])
        {
            if (PersianDigits.DigitValue(c) < 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Tells whether every character of the text is an ASCII digit.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when the text is made of '0'–'9' only (also for empty text).</returns>
    public static bool IsAsciiDigits(ReadOnlySpan<char> text) => !text.ContainsAnyExceptInRange('0', '9');

    /// <summary>Tells whether every digit of the text is the same.</summary>
    /// <param name="digits">ASCII digits; at least one.</param>
    /// <returns><see langword="true"/> when all digits equal the first.</returns>
    public static bool AllSame(ReadOnlySpan<char> digits) => !digits.ContainsAnyExcept(digits[0]);

    private static bool IsEdgeSpace(char c) =>
        char.IsWhiteSpace(c) || (c >= '\u0080' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format);
}
