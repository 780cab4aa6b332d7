namespace Crm.Core.ToneLint.Internal;

/// <summary>Keeps, per group, the leftmost-longest non-overlapping hits that no suppressor phrase contains.</summary>
internal static class HitResolver
{
    public static void Resolve(List<PhraseHit> hits)
    {
        if (hits.Count == 0)
        {
            return;
        }

        hits.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var kept = 0;
        var suppressEnd = -1;
        var lastEnd = -1;
        for (var i = 0; i < hits.Count; i++)
        {
            var h = hits[i];
            if (h.Entry.Suppressor)
            {
                suppressEnd = Math.Max(suppressEnd, h.End);
                continue;
            }

            if (h.End <= suppressEnd || h.Start < lastEnd || IsInsideLaterSuppressor(hits, i))
            {
                continue;
            }

            hits[kept++] = h;
            lastEnd = h.End;
        }

        hits.RemoveRange(kept, hits.Count - kept);
    }

    // A suppressor that starts at the same position is sorted by length; one starting later cannot contain the hit.
    private static bool IsInsideLaterSuppressor(List<PhraseHit> hits, int i)
    {
        var h = hits[i];
        for (var j = i + 1; j < hits.Count && hits[j].Start == h.Start; j++)
        {
            if (hits[j].Entry.Suppressor && hits[j].End >= h.End)
            {
                return true;
            }
        }

        return false;
    }
}
