namespace Crm.Core.ToneLint.Internal;

/// <summary>Finds emoji and text emoticons such as ":)" in linear time.</summary>
internal static class Emoji
{
    public static bool IsEmoji(string text, int i, out int length)
    {
        length = 0;
        var c = text[i];
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            var cp = char.ConvertToUtf32(c, text[i + 1]);
            if (cp is (>= 0x1F300 and <= 0x1FAFF) or (>= 0x1F000 and <= 0x1F2FF))
            {
                length = 2;
                return true;
            }

            return false;
        }

        if (c is (>= '\u2600' and <= '\u27BF') or '\u2B50' or '\u2764')
        {
            length = 1;
            return true;
        }

        if ((c == ':' || c == ';') && i + 1 < text.Length)
        {
            var j = i + 1;
            if (text[j] == '-' && j + 1 < text.Length)
            {
                j++;
            }

            if (text[j] is ')' or 'D' or 'P' or 'p' or '(' && (j + 1 >= text.Length || !char.IsLetterOrDigit(text[j + 1])))
            {
                length = j - i + 1;
                return true;
            }
        }

        return false;
    }

    public static bool Any(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsEmoji(text, i, out _))
            {
                return true;
            }
        }

        return false;
    }
}
