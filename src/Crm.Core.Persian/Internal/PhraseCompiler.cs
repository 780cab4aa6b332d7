namespace Crm.Core.Persian.Internal;

/// <summary>Splits a folded phrase into segments at separators and at known prefix and suffix boundaries.</summary>
internal static class PhraseCompiler
{
    /// <summary>Prefixes, longest first, with whether a space may separate them from the stem.</summary>
    private static readonly (string Prefix, PhraseBoundary Boundary)[] Prefixes =
    [
        ("نمی", PhraseBoundary.Any),
        ("می", PhraseBoundary.JoinedOnly),
        ("بی", PhraseBoundary.Any),
    ];

    /// <summary>Suffixes, longest first; any of them may be written joined, with a ZWNJ, or after a space.</summary>
    private static readonly string[] Suffixes = ["هایی", "ترین", "های", "اند", "ایم", "اید", "ها", "تر", "ام", "ای", "ست"];

    /// <summary>The shortest stem that is still split from a prefix or suffix (so «میز» is never «می» + «ز»).</summary>
    private const int MinimumStem = 2;

    internal static (string[] Segments, PhraseBoundary[] Boundaries) Compile(string folded)
    {
        var segments = new List<string>();
        var boundaries = new List<PhraseBoundary>();
        var words = folded.Split([' ', ArabicLetters.Zwnj], StringSplitOptions.RemoveEmptyEntries);
        foreach (var word in words)
        {
            if (segments.Count > 0)
            {
                boundaries.Add(PhraseBoundary.Any);
            }

            AddWord(word, segments, boundaries);
        }

        return ([.. segments], [.. boundaries]);
    }

    private static void AddWord(string word, List<string> segments, List<PhraseBoundary> boundaries)
    {
        var stemStart = 0;
        foreach (var (prefix, boundary) in Prefixes)
        {
            if (word.Length - prefix.Length >= MinimumStem && word.StartsWith(prefix, StringComparison.Ordinal))
            {
                segments.Add(prefix);
                boundaries.Add(boundary);
                stemStart = prefix.Length;
                break;
            }
        }

        var stemEnd = word.Length;
        foreach (var suffix in Suffixes)
        {
            if (word.Length - stemStart - suffix.Length >= MinimumStem && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                stemEnd = word.Length - suffix.Length;
                break;
            }
        }

        segments.Add(word[stemStart..stemEnd]);
        if (stemEnd < word.Length)
        {
            boundaries.Add(PhraseBoundary.Any);
            segments.Add(word[stemEnd..]);
        }
    }
}
