using Crm.Core.TestKit;
using Crm.Core.Persian;

namespace Crm.Core.Persian.Tests.Text;

public class PersianFoldTests
{
    [Theory]
    [InlineData('\u064A', '\u06CC')] // ي → ی
    [InlineData('\u0649', '\u06CC')] // ى → ی
    [InlineData('\u06D2', '\u06CC')] // ے → ی
    [InlineData('\u06CD', '\u06CC')] // ۍ → ی
    [InlineData('\u06D0', '\u06CC')] // ې → ی
    [InlineData('\u06CE', '\u06CC')] // ێ → ی
    [InlineData('\u0620', '\u06CC')] // ؠ → ی
    [InlineData('\u0643', '\u06A9')] // ك → ک
    [InlineData('\u06AA', '\u06A9')] // ڪ → ک
    [InlineData('\u06AB', '\u06A9')] // ګ → ک
    [InlineData('\u06AC', '\u06A9')] // ڬ → ک
    [InlineData('\u06AD', '\u06A9')] // ڭ → ک
    [InlineData('\u06AE', '\u06A9')] // ڮ → ک
    [InlineData('\u06C0', '\u0647')] // ۀ → ه
    [InlineData('\u0629', '\u0647')] // ة → ه
    [InlineData('\u0623', '\u0627')] // أ → ا
    [InlineData('\u0625', '\u0627')] // إ → ا
    [InlineData('\u0671', '\u0627')] // ٱ → ا
    [InlineData('\u0622', '\u0622')] // آ kept
    [InlineData('\u0626', '\u0626')] // ئ kept
    [InlineData('\u0624', '\u0624')] // ؤ kept
    [InlineData('\u06F7', '7')]      // Persian digit
    [InlineData('\u0667', '7')]      // Arabic-Indic digit
    public void FoldToString_VariantLetter_GivesPersianLetter(char input, char expected) =>
        Assert.Equal(expected.ToString(), PersianFold.FoldToString("\u0628" + input)[1..]);

    [Theory]
    [InlineData("\u0647\u0654", "\u0647")]             // هٔ → ه
    [InlineData("\u0627\u0653", "\u0622")]             // decomposed آ composes
    [InlineData("\u064A\u0654", "\u0626")]             // decomposed ئ composes
    [InlineData("\u0648\u0654", "\u0624")]             // decomposed ؤ composes
    [InlineData("\u0645\u064F\u062D\u064E\u0645\u0651\u064E\u062F", "\u0645\u062D\u0645\u062F")] // diacritics removed
    [InlineData("\u0645\u0640\u0640\u062D\u0645\u062F", "\u0645\u062D\u0645\u062F")]             // kashida removed
    [InlineData("\u0639\u0644\u06CC\u0670", "\u0639\u0644\u06CC")]                               // superscript alef removed
    [InlineData("a\u200Db\u200Ec\u200Fd\u202Ae\u202Ef\u2066g\u2069h\u061Ci\u00ADj", "abcdefghij")] // controls removed
    public void FoldToString_MarksAndControls_AreComposedOrRemoved(string input, string expected) =>
        Assert.Equal(expected, PersianFold.FoldToString(input));

    [Theory]
    [InlineData("\uFEDB", "\u06A9")]        // kaf initial → ک
    [InlineData("\uFEDC", "\u06A9")]        // kaf medial → ک
    [InlineData("\uFBFC", "\u06CC")]        // farsi yeh isolated → ی
    [InlineData("\uFBFD", "\u06CC")]        // farsi yeh final → ی
    [InlineData("\uFEF3", "\u06CC")]        // (Arabic) yeh initial → ی
    [InlineData("\uFEF2", "\u06CC")]        // (Arabic) yeh final → ی
    [InlineData("\uFB8F", "\u06A9")]        // keheh final → ک
    [InlineData("\uFEEB", "\u0647")]        // heh initial → ه
    [InlineData("\uFE94", "\u0647")]        // teh marbuta final → ه
    [InlineData("\uFE8B", "\u0626")]        // yeh with hamza initial → ئ
    [InlineData("\uFE81", "\u0622")]        // alef madda isolated → آ
    [InlineData("\uFEFB", "\u0644\u0627")]  // lam-alef ligature → لا
    [InlineData("\uFEF5", "\u0644\u0622")]  // lam-alef-madda ligature → لآ
    [InlineData("\uFDF2", "\u0627\u0644\u0644\u0647")] // Allah ligature → الله
    [InlineData("\uFE70", "")]              // isolated fathatan → removed
    [InlineData("\uFB58", "\u067E")]        // peh initial → پ
    [InlineData("\uFB7C", "\u0686")]        // tcheh initial → چ
    [InlineData("\uFB8A", "\u0698")]        // jeh isolated → ژ
    [InlineData("\uFB94", "\u06AF")]        // gaf initial → گ
    public void FoldToString_PresentationForm_GivesPersianLetters(string input, string expected) =>
        Assert.Equal(expected, PersianFold.FoldToString(input));

    [Fact]
    public void FoldToString_PresentationFormWord_EqualsPlainWord() =>
        Assert.Equal("\u06A9\u062A\u0627\u0628", PersianFold.FoldToString("\uFEDB\uFE98\uFE8E\uFE8F")); // ﻛﺘﺎﺏ

    [Theory]
    [InlineData("a \t\u00A0\u2009\u3000b", "a b")]
    [InlineData("a\r\n\r\nb", "a b")]
    [InlineData("\u0646\u0645\u06CC\u200C\u200C\u200C\u0634\u0648\u062F", "\u0646\u0645\u06CC\u200C\u0634\u0648\u062F")]
    [InlineData("\u0646\u0645\u06CC\u200C \u0634\u0648\u062F", "\u0646\u0645\u06CC \u0634\u0648\u062F")]
    [InlineData("\u0646\u0645\u06CC \u200C \u0634\u0648\u062F", "\u0646\u0645\u06CC \u0634\u0648\u062F")]
    [InlineData("\u0646\u0645\u06CC\u200B\u0634\u0648\u062F", "\u0646\u0645\u06CC\u200C\u0634\u0648\u062F")] // ZWSP counts as ZWNJ
    [InlineData("  x  ", " x ")]
    public void FoldToString_Separators_AreUnifiedAndCollapsed(string input, string expected) =>
        Assert.Equal(expected, PersianFold.FoldToString(input));

    [Theory]
    [MemberData(nameof(CultureScope.Names), MemberType = typeof(CultureScope))]
    public void FoldToString_AnyCulture_LowerCasesWithInvariantRules(string culture)
    {
        using var scope = new CultureScope(culture);
        Assert.Equal("title index i", PersianFold.FoldToString("TITLE Index I"));
        Assert.Equal("کتاب 123", PersianFold.FoldToString("كتاب ۱۲٣"));
    }

    [Fact]
    public void FoldToString_AlreadyFoldedAscii_ReturnsSameInstance()
    {
        const string text = "hello world 42";
        Assert.Same(text, PersianFold.FoldToString(text));
        Assert.Same(text, PersianFold.Fold(text).Text);
    }

    [Fact]
    public void FoldToString_AlreadyFoldedPersian_ReturnsSameInstance()
    {
        var text = new string("\u0633\u0644\u0627\u0645 \u062F\u0646\u06CC\u0627".ToCharArray());
        Assert.Same(text, PersianFold.FoldToString(text));
    }

    [Fact]
    public void Fold_Null_ThrowsWithParameterName()
    {
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => PersianFold.Fold(null!)).ParamName);
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => PersianFold.FoldToString(null!)).ParamName);
    }

    [Fact]
    public void ToOriginalIndex_AfterRemovedKashida_SkipsIt()
    {
        var folded = PersianFold.Fold("\u0643\u0640\u062A\u0627\u0628"); // كـتاب
        Assert.Equal("\u06A9\u062A\u0627\u0628", folded.Text);
        Assert.Equal([0, 2, 3, 4, 5], Enumerable.Range(0, folded.Length + 1).Select(folded.ToOriginalIndex));
    }

    [Fact]
    public void ToOriginalSpan_ZwnjRun_CoversWholeRun()
    {
        var folded = PersianFold.Fold("\u0646\u0645\u064A\u200C\u200C\u0634\u0648\u062F"); // نمي‌‌شود
        Assert.Equal(7, folded.Length);
        Assert.Equal((3, 2), folded.ToOriginalSpan(3, 1));
        Assert.Equal((5, 3), folded.ToOriginalSpan(4, 3));
        Assert.Equal((0, 8), folded.ToOriginalSpan(0, 7));
    }

    [Fact]
    public void ToOriginalSpan_Ligature_MapsEachLetterToTheLigature()
    {
        var folded = PersianFold.Fold("\u0633\uFEFB\u0645"); // سﻻم
        Assert.Equal("\u0633\u0644\u0627\u0645", folded.Text);
        Assert.Equal((1, 1), folded.ToOriginalSpan(1, 1));
        Assert.Equal((1, 1), folded.ToOriginalSpan(2, 1));
        Assert.Equal((2, 1), folded.ToOriginalSpan(3, 1));
        Assert.Equal((1, 2), folded.ToOriginalSpan(1, 3));
    }

    [Fact]
    public void ToOriginalSpan_RemovedDiacritic_StaysWithItsLetter()
    {
        var folded = PersianFold.Fold("\u06A9\u0650\u062A\u0627\u0628\u064C"); // کِتابٌ
        Assert.Equal("\u06A9\u062A\u0627\u0628", folded.Text);
        Assert.Equal((0, 2), folded.ToOriginalSpan(0, 1));
        Assert.Equal((0, 6), folded.ToOriginalSpan(0, 4));
    }

    [Fact]
    public void ToOriginalSpan_CollapsedSpaces_CoverTheRun()
    {
        var folded = PersianFold.Fold("ab \t\u00A0cd\r\n");
        Assert.Equal("ab cd ", folded.Text);
        Assert.Equal((2, 3), folded.ToOriginalSpan(2, 1));
        Assert.Equal((5, 2), folded.ToOriginalSpan(3, 2));
        Assert.Equal((7, 2), folded.ToOriginalSpan(5, 1));
        Assert.Equal((9, 0), folded.ToOriginalSpan(6, 0));
        Assert.Equal(9, folded.ToOriginalIndex(6));
    }

    [Fact]
    public void ToOriginalSpan_OutOfRange_Throws()
    {
        var folded = PersianFold.Fold("\u0643\u062A\u0627\u0628");
        Assert.Throws<ArgumentOutOfRangeException>(() => folded.ToOriginalIndex(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => folded.ToOriginalIndex(5));
        Assert.Throws<ArgumentOutOfRangeException>(() => folded.ToOriginalSpan(2, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => folded.ToOriginalSpan(-1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => folded.ToOriginalSpan(5, 0));
    }
}
