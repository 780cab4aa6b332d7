namespace Crm.Core.ToneLint.Internal;

/// <summary>
/// A small matcher between a name written in Latin letters and the same name in Persian script («Sara Ahmadi» and
/// «سارا احمدی»): both are reduced to a consonant skeleton. Vowels and the letters that write them in Persian
/// (ا آ ع ء ی و ئ ؤ), h and its Persian letters (ه ح), and y/w/v are dropped; letters for the same sound share a
/// class (س ص ث = s, ز ذ ض ظ = z, ت ط = t, ق غ = gh, ک = k/c, خ = kh/x, ش = sh, چ = ch, ژ = zh/j with ج); doubled
/// consonants collapse. Two words match when their skeletons are equal and have at least two consonants, so names
/// such as "Ali" (one consonant) are not matched across scripts.
/// </summary>
internal static class Transliteration
{
    public const int MinSkeleton = 2;

    /// <summary>The consonant skeleton of one word in either script.</summary>
    public static string Skeleton(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[Math.Min(word.Length, 64)];
        var n = 0;
        for (var i = 0; i < word.Length && n < buffer.Length; i++)
        {
            var c = char.ToLowerInvariant(word[i]);
            var next = i + 1 < word.Length ? char.ToLowerInvariant(word[i + 1]) : '\0';
            char k;
            if (c is 'k' or 'g' or 's' or 'c' or 'z' && next == 'h')
            {
                k = c switch { 'k' => 'x', 'g' => 'q', 's' => 'S', 'c' => 'C', _ => 'j' };
                i++;
            }
            else if (c == 'c' && next == 'k')
            {
                k = 'k';
                i++;
            }
            else
            {
                k = Class(c);
            }

            if (k != '\0' && (n == 0 || buffer[n - 1] != k))
            {
                buffer[n++] = k;
            }
        }

        return new string(buffer[..n]);
    }

    /// <summary>Whether two words in different (or the same) scripts plausibly write the same name.</summary>
    public static bool Matches(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var sa = Skeleton(a);
        return sa.Length >= MinSkeleton && sa == Skeleton(b);
    }

    private static char Class(char c) => c switch
    {
        'b' or '\u0628' => 'b',
        'p' or '\u067E' => 'p',
        't' or '\u062A' or '\u0637' => 't',
        's' or '\u0633' or '\u0635' or '\u062B' => 's',
        'z' or '\u0632' or '\u0630' or '\u0636' or '\u0638' => 'z',
        'j' or '\u062C' or '\u0698' => 'j',
        '\u0686' => 'C',
        '\u0634' => 'S',
        'x' or '\u062E' => 'x',
        'd' or '\u062F' => 'd',
        'r' or '\u0631' => 'r',
        'f' or '\u0641' => 'f',
        'q' or '\u0642' or '\u063A' => 'q',
        'k' or 'c' or '\u06A9' or '\u0643' => 'k',
        'g' or '\u06AF' => 'g',
        'l' or '\u0644' => 'l',
        'm' or '\u0645' => 'm',
        'n' or '\u0646' => 'n',
        _ => '\0',
    };
}
