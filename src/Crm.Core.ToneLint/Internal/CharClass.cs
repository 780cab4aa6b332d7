namespace Crm.Core.ToneLint.Internal;

/// <summary>
/// Precomputed answers of the character tests the linter runs on every character, for U+0000–U+06FF (Latin, Arabic,
/// Persian); other characters take the computed path. Each table entry is the predicate itself evaluated once, so the
/// two paths cannot disagree.
/// </summary>
internal static class CharClass
{
    public const int TableSize = 0x0700;

    public const byte PersianLetter = 1;
    public const byte AsciiLetter = 2;
    public const byte SegmentWord = 4;
    public const byte FoldedWord = 8;

    private static readonly byte[] Flags = Build();

    /// <summary>The flags of a character below <see cref="TableSize"/>.</summary>
    public static ReadOnlySpan<byte> Table => Flags;

    public static bool IsSegmentWordChar(char c) => c < TableSize ? (Flags[c] & SegmentWord) != 0 : Segmenter.ComputeIsWordChar(c);

    public static bool IsFoldedWordChar(char c) => c < TableSize ? (Flags[c] & FoldedWord) != 0 : Squeeze.ComputeIsWordChar(c);

    private static byte[] Build()
    {
        var flags = new byte[TableSize];
        for (var code = 0; code < TableSize; code++)
        {
            var c = (char)code;
            flags[code] = (byte)((Squeeze.IsPersianLetter(c) ? PersianLetter : 0)
                | (char.IsAsciiLetter(c) ? AsciiLetter : 0)
                | (Segmenter.ComputeIsWordChar(c) ? SegmentWord : 0)
                | (Squeeze.ComputeIsWordChar(c) ? FoldedWord : 0));
        }

        return flags;
    }
}
