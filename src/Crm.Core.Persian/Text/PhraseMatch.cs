namespace Crm.Core.Persian;

/// <summary>Locates one match of a <see cref="PersianPhrase"/>: a span in UTF-16 code units.</summary>
/// <param name="Start">The index of the first character of the match.</param>
/// <param name="Length">The number of characters in the match.</param>
/// <remarks>
/// <see cref="PersianPhrase.Matches(FoldedText)"/> returns spans in folded coordinates,
/// <see cref="PersianPhrase.FindAll(string)"/> in the coordinates of the original text. The default value is the
/// empty span at 0.
/// </remarks>
public readonly record struct PhraseMatch(int Start, int Length)
{
    /// <summary>Gets the index just after the last character of the match.</summary>
    public int End => Start + Length;
}
