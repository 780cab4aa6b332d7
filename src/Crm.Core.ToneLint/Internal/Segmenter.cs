namespace Crm.Core.ToneLint.Internal;

/// <summary>Splits masked text into sentences and paragraphs and counts words, in one linear pass each.</summary>
internal static class Segmenter
{
    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create("\n!?\u061F\u2026.");

    public static bool IsWordChar(char c) => CharClass.IsSegmentWordChar(c);

    /// <summary>The definition behind <see cref="IsWordChar"/>, which looks it up for the common characters.</summary>
    public static bool ComputeIsWordChar(char c) => char.IsLetterOrDigit(c) || c == '\u200C' || c == '\'';

    public static int CountWords(string text, int start, int end)
    {
        var words = 0;
        var inWord = false;
        var table = CharClass.Table;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            var w = c < CharClass.TableSize ? (table[c] & CharClass.SegmentWord) != 0 : ComputeIsWordChar(c);
            if (w && !inWord)
            {
                words++;
            }

            inWord = w;
        }

        return words;
    }

    public static List<TextSegment> Sentences(string text)
    {
        var result = new List<TextSegment>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var next = i < text.Length ? text.AsSpan(i).IndexOfAny(SentenceEnds) : 0;
            i = next < 0 ? text.Length : i + next;
            if (i < text.Length && !IsSentenceEnd(text, i))
            {
                continue;
            }

            var end = i;
            while (end < text.Length && text[end] is '.' or '!' or '?' or '\u061F' or '\u2026')
            {
                end++;
            }

            Add(result, text, start, end);
            start = Math.Max(end, i + 1);
            i = start - 1;
        }

        return result;
    }

    public static List<TextSegment> Paragraphs(string text)
    {
        var result = new List<TextSegment>();
        var start = 0;
        var lineStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var next = i < text.Length ? text.AsSpan(i).IndexOf('\n') : 0;
            i = next < 0 ? text.Length : i + next;

            if (text.AsSpan(lineStart, i - lineStart).IsWhiteSpace())
            {
                Add(result, text, start, lineStart);
                start = i;
            }

            lineStart = i + 1;
        }

        Add(result, text, start, text.Length);
        return result;
    }

    private static bool IsSentenceEnd(string text, int i) => text[i] switch
    {
        '\n' or '!' or '?' or '\u061F' or '\u2026' => true,
        '.' => (i + 1 >= text.Length || !char.IsLetterOrDigit(text[i + 1])) && !IsListMarker(text, i),
        _ => false,
    };

    // "1." or "۱." at the start of a line numbers a step; it does not end a sentence.
    private static bool IsListMarker(string text, int dot)
    {
        var k = dot;
        while (k > 0 && char.IsDigit(text[k - 1]))
        {
            k--;
        }

        if (k == dot || dot - k > 3)
        {
            return false;
        }

        while (k > 0 && text[k - 1] is ' ' or '\t')
        {
            k--;
        }

        return k == 0 || text[k - 1] == '\n';
    }

    private static void Add(List<TextSegment> result, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var words = CountWords(text, start, end);
        if (words > 0)
        {
            result.Add(new TextSegment(start, end, words));
        }
    }
}
