using System.Text;

namespace Crm.Core.Persian.Internal;

/// <summary>
/// The compatibility (NFKC) decomposition of every character in the Arabic presentation-form blocks
/// U+FB50–U+FDFF and U+FE70–U+FEFF, computed once. The letters of an expansion go through the same
/// letter fold as ordinary text, so NFKC's Arabic ك/ي still become Persian ک/ی.
/// </summary>
internal static class PresentationForms
{
    private const int FirstBlockStart = 0xFB50;
    private const int FirstBlockEnd = 0xFDFF;
    private const int SecondBlockStart = 0xFE70;
    private const int SecondBlockEnd = 0xFEFF;

    private static readonly string?[] First = Build(FirstBlockStart, FirstBlockEnd);
    private static readonly string?[] Second = Build(SecondBlockStart, SecondBlockEnd);

    /// <summary>Returns the expansion of a presentation form, or <see langword="null"/> when the character has none.</summary>
    internal static string? Expand(char c) => c switch
    {
        >= (char)FirstBlockStart and <= (char)FirstBlockEnd => First[c - FirstBlockStart],
        >= (char)SecondBlockStart and <= (char)SecondBlockEnd => Second[c - SecondBlockStart],
        _ => null,
    };

    private static string?[] Build(int start, int end)
    {
        var table = new string?[end - start + 1];
        for (var code = start; code <= end; code++)
        {
            var c = (char)code;
            if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.OtherNotAssigned || ArabicLetters.IsRemoved(c))
            {
                continue;
            }

            var expansion = c.ToString().Normalize(NormalizationForm.FormKC);
            if (expansion.Length == 1 && expansion[0] == c)
            {
                continue;
            }

            // Isolated forms of diacritics (U+FE70…, U+FC5E…) decompose to a space plus the mark: keep only the mark.
            if (expansion.Length > 1 && expansion[0] == ' ')
            {
                expansion = expansion.TrimStart(' ');
            }

            table[code - start] = expansion;
        }

        return table;
    }
}
