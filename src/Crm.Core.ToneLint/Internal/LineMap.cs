namespace Crm.Core.ToneLint.Internal;

/// <summary>
/// Turns UTF-16 offsets into 1-based line and column numbers. Offsets asked in increasing order (the diagnostics are
/// sorted) move a cursor forward, so a whole reply costs one pass; an earlier offset falls back to a binary search.
/// </summary>
internal sealed class LineMap
{
    private readonly List<int> _starts = [0];
    private int _line;

    public LineMap(string text)
    {
        var span = text.AsSpan();
        for (var i = span.IndexOf('\n'); i >= 0; i = span.IndexOf('\n'))
        {
            var start = text.Length - span.Length + i + 1;
            _starts.Add(start);
            span = text.AsSpan(start);
        }
    }

    public ToneSpan Span(int start, int length)
    {
        if (start < _starts[_line])
        {
            var index = _starts.BinarySearch(start);
            _line = index >= 0 ? index : ~index - 1;
        }

        while (_line + 1 < _starts.Count && _starts[_line + 1] <= start)
        {
            _line++;
        }

        return new ToneSpan(start, length, _line + 1, start - _starts[_line] + 1);
    }
}
