namespace Crm.Core.Persian;

/// <summary>
/// Holds the result of <see cref="PersianFold.Fold(string)"/>: the folded text and a map from folded positions back
/// to the text the user typed, so a match found in the folded text can be reported in the original.
/// </summary>
/// <remarks>
/// Every folded character comes from an original span: one character, a <c>\r\n</c> pair, a whole run of spaces and
/// ZWNJs (for the one separator it became), or one presentation-form character (for each character of its expansion,
/// for example both letters of «لا» from U+FEFB). A combining mark removed by the fold widens the span of the letter
/// it sat on, so a mapped span never cuts a letter from its diacritics. Removed controls (kashida, ZWJ, bidi marks,
/// soft hyphen) belong to no folded character.
/// </remarks>
public sealed class FoldedText
{
    private readonly int[]? starts;
    private readonly int[]? ends;

    internal FoldedText(string original, string text, int[]? starts, int[]? ends)
    {
        Original = original;
        Text = text;
        this.starts = starts;
        this.ends = ends;
    }

    /// <summary>Gets the text as the user typed it.</summary>
    public string Original { get; }

    /// <summary>Gets the folded text (the same instance as <see cref="Original"/> when folding changed nothing).</summary>
    public string Text { get; }

    /// <summary>Gets the length of <see cref="Text"/> in UTF-16 code units.</summary>
    public int Length => Text.Length;

    /// <summary>Maps a position in the folded text to a position in <see cref="Original"/>.</summary>
    /// <param name="foldedIndex">A position from 0 to <see cref="Length"/> inclusive.</param>
    /// <returns>
    /// The original index of the first source character of the folded character at <paramref name="foldedIndex"/>,
    /// or <c>Original.Length</c> for <paramref name="foldedIndex"/> = <see cref="Length"/>. The map is monotonic
    /// non-decreasing and always inside 0..<c>Original.Length</c>.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="foldedIndex"/> is negative or greater than <see cref="Length"/>.</exception>
    /// <example><code>PersianFold.Fold("كـتاب").ToOriginalIndex(1) // 2: «ت» follows the removed kashida</code></example>
    public int ToOriginalIndex(int foldedIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(foldedIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(foldedIndex, Length);
        if (foldedIndex == Length)
        {
            return Original.Length;
        }

        return starts is null ? foldedIndex : starts[foldedIndex];
    }

    /// <summary>Maps a span of the folded text to the smallest span of <see cref="Original"/> that covers its source characters.</summary>
    /// <param name="foldedStart">The start of the span in the folded text.</param>
    /// <param name="foldedLength">The length of the span in the folded text.</param>
    /// <returns>
    /// The original start and length (UTF-16 units). An empty span maps to an empty span at
    /// <see cref="ToOriginalIndex(int)"/> of its start.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">The span does not lie inside 0..<see cref="Length"/>.</exception>
    /// <example><code>PersianFold.Fold("نمي‌‌شود").ToOriginalSpan(0, 7) // (0, 8): both ZWNJs are covered</code></example>
    public (int Start, int Length) ToOriginalSpan(int foldedStart, int foldedLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(foldedStart);
        ArgumentOutOfRangeException.ThrowIfNegative(foldedLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(foldedLength, Length - Math.Min(foldedStart, Length), nameof(foldedLength));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(foldedStart, Length);
        if (foldedLength == 0)
        {
            return (ToOriginalIndex(foldedStart), 0);
        }

        var last = foldedStart + foldedLength - 1;
        var start = starts is null ? foldedStart : starts[foldedStart];
        var end = ends is null ? last + 1 : ends[last];
        return (start, end - start);
    }

    /// <summary>Returns the folded text.</summary>
    /// <returns><see cref="Text"/>.</returns>
    public override string ToString() => Text;
}
