using System.Buffers;

namespace Crm.Core.ToneLint.Internal;

/// <summary>
/// Blanks out the parts of a reply that are not linted (quoted lines, quoted passages, code, URLs, e-mail addresses)
/// by replacing them with spaces, so indices in the masked text equal indices in the original. Linear time.
/// </summary>
internal static class TextMasker
{
    // Characters that can start a masked part on a line: quotes, code, a URL (http, www) or an e-mail address.
    private static readonly SearchValues<char> Starters = SearchValues.Create("`\"\u201C\u00ABhHwW@<");

    public static string Mask(string text) => Mask(text, null);

    /// <summary>Masks the text and, when <paramref name="code"/> is given, appends the ranges of inline and fenced code.</summary>
    public static string Mask(string text, List<(int Start, int End)>? code)
    {
        char[]? chars = null; // copied on the first blanked part
        var lineStart = 0;
        var inFence = false;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var first = lineStart;
            while (first < lineEnd && (text[first] == ' ' || text[first] == '\t'))
            {
                first++;
            }

            var isFence = lineEnd - first >= 3 && string.CompareOrdinal(text, first, "```", 0, 3) == 0;
            if (inFence || isFence || (first < lineEnd && text[first] == '>'))
            {
                Blank(text, ref chars, lineStart, lineEnd);
                if (inFence || isFence)
                {
                    code?.Add((lineStart, lineEnd));
                }

                if (isFence)
                {
                    inFence = !inFence;
                }
            }
            else
            {
                MaskLine(text, ref chars, lineStart, lineEnd, code);
            }

            lineStart = lineEnd + 1;
        }

        return chars is null ? text : new string(chars);
    }

    private static void MaskLine(string text, ref char[]? chars, int start, int end, List<(int Start, int End)>? code)
    {
        var noClose = 0; // bit per quote kind: no closer left on this line
        for (var i = start; i < end; i++)
        {
            var next = text.AsSpan(i, end - i).IndexOfAny(Starters);
            if (next < 0)
            {
                break;
            }

            i += next;
            var c = text[i];
            var kind = c switch { '`' => 1, '"' => 2, '\u201C' => 4, '\u00AB' => 8, _ => 0 };
            if (kind != 0 && (noClose & kind) == 0)
            {
                var closer = c switch { '\u201C' => '\u201D', '\u00AB' => '\u00BB', _ => c };
                var j = text.IndexOf(closer, i + 1, end - i - 1);
                if (j < 0)
                {
                    noClose |= kind;
                    continue;
                }

                Blank(text, ref chars, i, j + 1);
                if (kind == 1)
                {
                    code?.Add((i, j + 1));
                }

                i = j;
                continue;
            }

            if (c == '<' && end - i >= 7 && string.CompareOrdinal(text, i, "<!--", 0, 4) == 0)
            {
                var close = text.IndexOf("-->", i + 4, end - i - 4, StringComparison.Ordinal);
                if (close >= 0)
                {
                    Blank(text, ref chars, i, close + 3);
                    code?.Add((i, close + 3)); // an HTML comment (such as an inline suppression) is not part of the reply
                    i = close + 2;
                    continue;
                }
            }

            if (IsUrlStart(text, i, end, out var urlEnd))
            {
                Blank(text, ref chars, i, urlEnd);
                i = urlEnd - 1;
                continue;
            }

            if (c == '@' && TryEmail(text, i, start, end, out var mailStart, out var mailEnd))
            {
                Blank(text, ref chars, mailStart, mailEnd);
                i = mailEnd - 1;
            }
        }
    }

    private static bool IsUrlStart(string text, int i, int end, out int urlEnd)
    {
        urlEnd = i;
        if (text[i] is not ('h' or 'H' or 'w' or 'W') || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
        {
            return false;
        }

        var prefix = StartsWith(text, i, end, "https://") ? 8
            : StartsWith(text, i, end, "http://") ? 7
            : StartsWith(text, i, end, "www.") ? 4
            : 0;
        if (prefix == 0)
        {
            return false;
        }

        var j = i + prefix;
        while (j < end && !char.IsWhiteSpace(text[j]) && text[j] != '\u00BB' && text[j] != '"' && text[j] != ')')
        {
            j++;
        }

        while (j > i + prefix && IsTrailingPunctuation(text[j - 1]))
        {
            j--;
        }

        urlEnd = j;
        return true;
    }

    private static bool TryEmail(string text, int at, int lineStart, int end, out int start, out int stop)
    {
        start = at;
        while (start > lineStart && IsMailChar(text[start - 1], local: true))
        {
            start--;
        }

        stop = at + 1;
        var dot = false;
        while (stop < end && IsMailChar(text[stop], local: false))
        {
            dot |= text[stop] == '.';
            stop++;
        }

        while (stop > at + 1 && text[stop - 1] == '.')
        {
            stop--;
        }

        return start < at && stop > at + 1 && dot;
    }

    private static bool IsMailChar(char c, bool local) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '.' or '-'
        || (local && c is '_' or '+' or '%');

    private static bool IsTrailingPunctuation(char c) => c is '.' or ',' or ';' or ':' or '!' or '?' or '\u060C' or '\u061F' or '\u061B';

    private static bool StartsWith(string text, int i, int end, string prefix) =>
        end - i >= prefix.Length && string.Compare(text, i, prefix, 0, prefix.Length, StringComparison.OrdinalIgnoreCase) == 0;

    private static void Blank(string text, ref char[]? chars, int start, int end)
    {
        chars ??= text.ToCharArray();
        for (var k = start; k < end; k++)
        {
            if (chars[k] != '\n' && chars[k] != '\r')
            {
                chars[k] = ' ';
            }
        }
    }
}
