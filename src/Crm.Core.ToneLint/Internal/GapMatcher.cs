using Crm.Core.Persian;

namespace Crm.Core.ToneLint.Internal;

/// <summary>Joins the part hits of gap patterns into hits of their target groups; linear in the number of part hits.</summary>
internal static class GapMatcher
{
    // How far (in folded characters) the next part may start after the previous one; bounds the look-ahead.
    private const int MaxReach = 160;

    public static IEnumerable<PhraseEntry> Entries(IReadOnlyList<GapPattern> patterns)
    {
        for (var p = 0; p < patterns.Count; p++)
        {
            for (var k = 0; k < patterns[p].Parts.Length; k++)
            {
                foreach (var alternative in patterns[p].Parts[k])
                {
                    yield return new PhraseEntry(LexiconGroup.GapPart, alternative, null, false, p, k);
                }
            }
        }
    }

    public static void Combine(FoldedText folded, List<PhraseHit>[] hits, IReadOnlyList<GapPattern> patterns, PhraseEntry[] targets)
    {
        var parts = hits[(int)LexiconGroup.GapPart];
        if (parts.Count == 0)
        {
            return;
        }

        parts.Sort(static (a, b) => a.FoldedStart.CompareTo(b.FoldedStart));
        var text = folded.Text;
        for (var i = 0; i < parts.Count; i++)
        {
            var first = parts[i];
            if (first.Entry.Part != 0)
            {
                continue;
            }

            var pattern = patterns[first.Entry.Owner];
            var last = first;
            var j = i + 1;
            var k = 1;
            while (k < pattern.Parts.Length && j < parts.Count)
            {
                var candidate = parts[j];
                if (candidate.FoldedStart - last.FoldedEnd > MaxReach)
                {
                    break;
                }

                if (candidate.Entry.Owner == first.Entry.Owner && candidate.Entry.Part == k && candidate.FoldedStart >= last.FoldedEnd
                    && WordsBetween(text, last.FoldedEnd, candidate.FoldedStart, pattern.MaxGap))
                {
                    last = candidate;
                    k++;
                }

                j++;
            }

            if (k == pattern.Parts.Length)
            {
                var target = targets[first.Entry.Owner];
                hits[(int)target.Group].Add(new PhraseHit(target, first.Start, last.End - first.Start, first.FoldedStart, last.FoldedEnd));
            }
        }

        parts.Clear();
    }

    // At most maxGap words and no sentence end between two parts.
    private static bool WordsBetween(string text, int from, int to, int maxGap)
    {
        var words = 0;
        var inWord = false;
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (c is '.' or '!' or '?' or '\u061F' or '\n' or ';' or '\u061B')
            {
                return false;
            }

            var w = Squeeze.IsWordChar(c);
            if (w && !inWord && ++words > maxGap)
            {
                return false;
            }

            inWord = w;
        }

        return true;
    }
}
