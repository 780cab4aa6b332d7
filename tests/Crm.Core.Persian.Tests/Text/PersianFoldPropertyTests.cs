using Crm.Core.TestKit;
using Crm.Core.Persian;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Core.Persian.Tests.Text;

public class PersianFoldPropertyTests
{
    [Property(MaxTest = 300)]
    public Property FoldToString_OfFolded_IsUnchanged() =>
        Prop.ForAll(TextGen.Messy, TextGen.Culture.ToArbitrary(), (text, culture) =>
        {
            using var scope = new CultureScope(culture);
            var once = PersianFold.FoldToString(text);
            return PersianFold.FoldToString(once) == once;
        });

    [Property(MaxTest = 300)]
    public Property Fold_Text_EqualsFoldToString() =>
        Prop.ForAll(TextGen.Messy, text => PersianFold.Fold(text).Text == PersianFold.FoldToString(text));

    [Property(MaxTest = 300)]
    public Property ToOriginalIndex_IsMonotonicAndInsideOriginal() =>
        Prop.ForAll(TextGen.Messy, text =>
        {
            var folded = PersianFold.Fold(text);
            var previous = 0;
            for (var k = 0; k <= folded.Length; k++)
            {
                var index = folded.ToOriginalIndex(k);
                if (index < previous || index < 0 || index > text.Length)
                {
                    return false;
                }

                previous = index;
            }

            return folded.ToOriginalIndex(folded.Length) == text.Length;
        });

    [Property(MaxTest = 300)]
    public Property ToOriginalSpan_OfEveryCharacter_IsNonEmptyOrderedAndInside() =>
        Prop.ForAll(TextGen.Messy, text =>
        {
            var folded = PersianFold.Fold(text);
            var previousEnd = 0;
            for (var k = 0; k < folded.Length; k++)
            {
                var (start, length) = folded.ToOriginalSpan(k, 1);
                if (length < 1 || start < 0 || start + length > text.Length || start + length < previousEnd)
                {
                    return false;
                }

                previousEnd = start + length;
            }

            return folded.Length == 0 || folded.ToOriginalSpan(0, folded.Length).Length <= text.Length;
        });

    [Property(MaxTest = 300)]
    public Property FoldToString_FoldedAscii_PassesThroughUnchanged() =>
        Prop.ForAll(TextGen.FoldedAscii, TextGen.Culture.ToArbitrary(), (text, culture) =>
        {
            using var scope = new CultureScope(culture);
            return ReferenceEquals(PersianFold.FoldToString(text), text) && PersianFold.Fold(text).ToOriginalIndex(text.Length) == text.Length;
        });

    [Property(MaxTest = 300)]
    public Property FoldToString_Output_HoldsNoRemovedCharacterNorSeparatorRun() =>
        Prop.ForAll(TextGen.Messy, text =>
        {
            var folded = PersianFold.FoldToString(text);
            var forbidden = "\u0640\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u061C\u00AD\u064B\u064E\u0650\u0651\u0652\u0670\u064A\u0643\u0629\u06C0\u0623\u0625\u0671\u06F1\u0661";
            return folded.IndexOfAny(forbidden.ToCharArray()) < 0
                && !folded.Contains("  ", StringComparison.Ordinal)
                && !folded.Contains("\u200C\u200C", StringComparison.Ordinal)
                && !folded.Contains(" \u200C", StringComparison.Ordinal)
                && !folded.Contains("\u200C ", StringComparison.Ordinal)
                && !folded.Any(c => c != ' ' && char.IsWhiteSpace(c));
        });
}
