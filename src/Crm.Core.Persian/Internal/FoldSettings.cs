namespace Crm.Core.Persian.Internal;

/// <summary>What a <see cref="FoldWriter"/> run does: the matching fold or one of the display normalizations.</summary>
/// <param name="Matching">Matching fold: removes combining marks, lower-cases letters, keeps outer spaces and ZWNJs as folded separators.</param>
/// <param name="Digits">What happens to digits.</param>
/// <param name="KeepLineBreaks">Display only: keeps line breaks (at most one empty line in a row) instead of turning them into spaces.</param>
/// <param name="TrackPositions">Records the original span of every output character.</param>
internal readonly record struct FoldSettings(bool Matching, PersianDigitStyle Digits, bool KeepLineBreaks, bool TrackPositions)
{
    internal static FoldSettings Match(bool trackPositions) => new(true, PersianDigitStyle.Ascii, false, trackPositions);

    internal static FoldSettings Display(PersianDigitStyle digits, bool keepLineBreaks) => new(false, digits, keepLineBreaks, false);
}
