namespace Crm.Core.ToneLint;

/// <summary>
/// Locates a finding in the original reply text: UTF-16 start and length, and the 1-based line and column of the start.
/// </summary>
/// <param name="Start">The index of the first UTF-16 unit in the original text.</param>
/// <param name="Length">The number of UTF-16 units.</param>
/// <param name="Line">The 1-based line of <paramref name="Start"/> (lines end at <c>\n</c>).</param>
/// <param name="Column">The 1-based column of <paramref name="Start"/>, counted in UTF-16 units.</param>
/// <remarks>The default value is an empty span at index 0, line 0, column 0 and marks "no position".</remarks>
public readonly record struct ToneSpan(int Start, int Length, int Line, int Column)
{
    /// <summary>Gets the index just past the span.</summary>
    public int End => Start + Length;

    /// <summary>Returns the text of the span.</summary>
    /// <param name="text">The original text the span was reported on.</param>
    /// <returns>The covered substring.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The span lies outside <paramref name="text"/>.</exception>
    /// <example><code>new ToneSpan(6, 5, 1, 7).Slice("Hello world") // "world"</code></example>
    public string Slice(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(End, text.Length, nameof(text));
        return text.Substring(Start, Length);
    }
}
