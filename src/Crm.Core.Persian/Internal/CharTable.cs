namespace Crm.Core.Persian.Internal;

/// <summary>
/// Precomputed classes and folds for U+0000–U+06FF (Latin, Arabic, Persian), so the hot loop of
/// <see cref="FoldWriter"/> does one table lookup per character; other characters take the computed path.
/// </summary>
internal static class CharTable
{
    internal enum Kind : byte
    {
        Normal,
        Digit,
        Removed,
        Zwnj,
        Space,
        LineBreak,
        Mark,
    }

    private const int Size = 0x0700;
    private static readonly Kind[] Kinds = new Kind[Size];
    private static readonly char[] MatchFolds = new char[Size];
    private static readonly char[] DisplayFolds = new char[Size];
    private static readonly char[] PlainMatchFolds = new char[Size];

#pragma warning disable CA1810 // the three tables are filled together in one loop
    static CharTable()
#pragma warning restore CA1810
    {
        for (var code = 0; code < Size; code++)
        {
            var c = (char)code;
            Kinds[code] = Compute(c);
            var letter = ArabicLetters.FoldLetter(c);
            DisplayFolds[code] = letter;
            var digit = PersianDigits.DigitValue(c);
            MatchFolds[code] = digit >= 0 ? (char)('0' + digit) : char.ToLowerInvariant(letter);
            PlainMatchFolds[code] = Kinds[code] is Kind.Normal or Kind.Digit ? MatchFolds[code] : '\0';
        }
    }

    /// <summary>The table size: characters below it are looked up, the others computed.</summary>
    internal const int TableSize = Size;

    /// <summary>
    /// Per character below <see cref="TableSize"/>: its matching fold when it is a Normal or Digit character (one
    /// character in, one out), otherwise '\0' (separators, marks, removed characters, and U+0000 itself).
    /// </summary>
    internal static ReadOnlySpan<char> PlainMatchFold => PlainMatchFolds;

    /// <summary>Returns the class of a character.</summary>
    internal static Kind KindOf(char c) => c < Size ? Kinds[c] : Compute(c);

    /// <summary>Returns the matching fold of a Normal or Digit character: letter fold, ASCII digit, invariant lower case.</summary>
    internal static char MatchFold(char c) => c < Size ? MatchFolds[c] : char.ToLowerInvariant(c);

    /// <summary>Returns the display fold of a Normal character: the letter fold only.</summary>
    internal static char DisplayFold(char c) => c < Size ? DisplayFolds[c] : c;

    private static Kind Compute(char c)
    {
        if (ArabicLetters.IsRemoved(c))
        {
            return Kind.Removed;
        }

        if (ArabicLetters.IsZwnjLike(c))
        {
            return Kind.Zwnj;
        }

        if (char.IsWhiteSpace(c))
        {
            return ArabicLetters.IsLineBreak(c) ? Kind.LineBreak : Kind.Space;
        }

        if (ArabicLetters.IsArabicMark(c))
        {
            return Kind.Mark;
        }

        return PersianDigits.IsDigit(c) ? Kind.Digit : Kind.Normal;
    }
}
