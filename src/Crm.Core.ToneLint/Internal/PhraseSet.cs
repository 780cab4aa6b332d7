using Crm.Core.Persian;

namespace Crm.Core.ToneLint.Internal;

/// <summary>
/// A compiled set of phrases: folds and squeezes each phrase, builds one automaton, and finds every phrase in a
/// folded text with library-computed word boundaries, reporting spans in original coordinates.
/// </summary>
internal sealed class PhraseSet
{
    private readonly PhraseEntry[] _entries;
    private readonly PhraseAutomaton _automaton;

    public PhraseSet(IEnumerable<PhraseEntry> entries)
    {
        var kept = new List<PhraseEntry>();
        var keys = new List<string>();
        foreach (var e in entries)
        {
            var key = Squeeze.KeyOf(PersianFold.FoldToString(e.Phrase));
            if (key.Length > 0)
            {
                kept.Add(e);
                keys.Add(key);
            }
        }

        _entries = [.. kept];
        _automaton = new PhraseAutomaton(keys);
    }

    public int Count => _entries.Length;

    /// <summary>Finds every occurrence and appends hits grouped by <see cref="LexiconGroup"/>.</summary>
    public void FindAll(FoldedText folded, Squeeze squeeze, List<PhraseHit>[] byGroup)
    {
        var state = new ScanState(this, folded, squeeze, byGroup);
        _automaton.Scan(squeeze.Key, squeeze.Length, ref state, OnMatch);
    }

    private static void OnMatch(ref ScanState s, int id, int start, int end)
    {
        var text = s.Folded.Text;
        var fs = s.Squeeze.Map[start];
        var fe = s.Squeeze.Map[end - 1] + 1;
        if ((fs > 0 && Squeeze.IsWordChar(text[fs - 1]) && Squeeze.IsWordChar(text[fs]))
            || (fe < text.Length && Squeeze.IsWordChar(text[fe]) && Squeeze.IsWordChar(text[fe - 1]) && !Squeeze.IsEzafeAt(text, fe)))
        {
            return;
        }

        var (os, ol) = s.Folded.ToOriginalSpan(fs, fe - fs);
        var entry = s.Set._entries[id];
        s.ByGroup[(int)entry.Group].Add(new PhraseHit(entry, os, ol, fs, fe));
    }

    private readonly record struct ScanState(PhraseSet Set, FoldedText Folded, Squeeze Squeeze, List<PhraseHit>[] ByGroup);
}
