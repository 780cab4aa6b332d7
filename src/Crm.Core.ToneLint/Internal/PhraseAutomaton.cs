namespace Crm.Core.ToneLint.Internal;

/// <summary>
/// Aho–Corasick automaton over squeezed keys, compiled to a dense transition table over the characters that occur
/// in the patterns, so scanning costs one table lookup per character whatever the number of phrases.
/// </summary>
internal sealed class PhraseAutomaton
{
    private readonly ushort[] _classOf;
    private readonly int _classes;
    private readonly int[] _delta;
    private readonly int[] _outStart;
    private readonly int[] _outIds;
    private readonly int[] _patternLength;

    public PhraseAutomaton(IReadOnlyList<string> keys)
    {
        _classOf = new ushort[char.MaxValue + 1];
        var classes = 1;
        foreach (var k in keys)
        {
            foreach (var c in k)
            {
                if (_classOf[c] == 0)
                {
                    _classOf[c] = (ushort)classes++;
                }
            }
        }

        _classes = classes;
        _patternLength = new int[keys.Count];
        var children = new List<Dictionary<int, int>> { new() };
        var own = new List<List<int>?> { null };
        for (var p = 0; p < keys.Count; p++)
        {
            _patternLength[p] = keys[p].Length;
            if (keys[p].Length == 0)
            {
                continue;
            }

            var node = 0;
            foreach (var c in keys[p])
            {
                var cls = _classOf[c];
                if (!children[node].TryGetValue(cls, out var next))
                {
                    next = children.Count;
                    children.Add([]);
                    own.Add(null);
                    children[node][cls] = next;
                }

                node = next;
            }

            (own[node] ??= []).Add(p);
        }

        var count = children.Count;
        _delta = new int[count * classes];
        var fail = new int[count];
        var outputs = new List<int>[count];
        outputs[0] = own[0] ?? [];
        var queue = new Queue<int>();
        for (var cls = 0; cls < classes; cls++)
        {
            if (children[0].TryGetValue(cls, out var child))
            {
                _delta[cls] = child;
                fail[child] = 0;
                queue.Enqueue(child);
            }
        }

        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            var merged = new List<int>(own[node] ?? []);
            merged.AddRange(outputs[fail[node]]);
            outputs[node] = merged;
            for (var cls = 0; cls < classes; cls++)
            {
                if (children[node].TryGetValue(cls, out var child))
                {
                    _delta[(node * classes) + cls] = child;
                    fail[child] = _delta[(fail[node] * classes) + cls];
                    queue.Enqueue(child);
                }
                else
                {
                    _delta[(node * classes) + cls] = _delta[(fail[node] * classes) + cls];
                }
            }
        }

        _outStart = new int[count + 1];
        var ids = new List<int>();
        for (var n = 0; n < count; n++)
        {
            _outStart[n] = ids.Count;
            ids.AddRange(outputs[n] ?? []);
        }

        _outStart[count] = ids.Count;
        _outIds = [.. ids];
    }

    /// <summary>Calls <paramref name="onMatch"/> with (pattern id, start, end) in key coordinates for every occurrence.</summary>
    public void Scan<TState>(char[] key, int length, ref TState state, MatchHandler<TState> onMatch)
    {
        var node = 0;
        var delta = _delta;
        var classOf = _classOf;
        var classes = _classes;
        for (var i = 0; i < length; i++)
        {
            node = delta[(node * classes) + classOf[key[i]]];
            var from = _outStart[node];
            var to = _outStart[node + 1];
            for (var o = from; o < to; o++)
            {
                var id = _outIds[o];
                onMatch(ref state, id, i + 1 - _patternLength[id], i + 1);
            }
        }
    }

    public delegate void MatchHandler<TState>(ref TState state, int patternId, int start, int end);
}
