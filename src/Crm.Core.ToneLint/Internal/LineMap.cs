namespace Crm.Core.ToneLint.Internal;

/// <summary>Turns UTF-16 offsets into 1-based line and column numbers.</summary>
internal sealed class LineMap
{
    private readonly List<int> _starts = [0];

    public LineMap(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                _starts.Add(i + 1);
            }
        }
    }

    public ToneSpan Span(int start, int length)
    {
        var index = _starts.BinarySearch(start);
        var line = index >= 0 ? index : ~index - 1;
        return new ToneSpan(start, length, line + 1, start - _starts[line] + 1);
    }
}
