using Crm.Core.TestKit;
using Crm.Core.Persian;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Core.Persian.Tests.Text;

public class PersianNormalizerTests
{
    [Theory]
    [InlineData("  اين كتاب ها را نمي خوانم ", "این کتاب\u200Cها را نمی\u200Cخوانم")]
    [InlineData("می شود", "می\u200Cشود")]
    [InlineData("نمی  شود", "نمی\u200Cشود")]
    [InlineData("«می شود»", "«می\u200Cشود»")]
    [InlineData("میشود", "می\u200Cشود")]
    [InlineData("نميشود", "نمی\u200Cشود")]
    [InlineData("میگفت.", "می\u200Cگفت.")]
    [InlineData("می توان", "می\u200Cتوان")]
    [InlineData("بزرگ تر", "بزرگ\u200Cتر")]
    [InlineData("بزرگ ترین مشتری", "بزرگ\u200Cترین مشتری")]
    [InlineData("کتاب های من", "کتاب\u200Cهای من")]
    [InlineData("کتاب هایی،", "کتاب\u200Cهایی،")]
    [InlineData("کتاب\u200C ها", "کتاب\u200Cها")]
    [InlineData("می\u200C\u200Cشود", "می\u200Cشود")]
    public void Normalize_AffixForms_GetStandardZwnj(string input, string expected) =>
        Assert.Equal(expected, PersianNormalizer.Normalize(input));

    [Theory]
    [InlineData("ماه می سال ۱۴۰۳")]
    [InlineData("ماه می بود")]
    [InlineData("۱۵ می")]
    [InlineData("روی میز")]
    [InlineData("جشن میلاد")]
    [InlineData("میدان آزادی")]
    [InlineData("میوه")]
    [InlineData("تنها")]
    [InlineData("دختر")]
    [InlineData("بهترین")]
    [InlineData("ها")]
    [InlineData("می")]
    [InlineData("سال ۹۰ ها")]
    public void Normalize_AmbiguousOrLexicalized_IsUnchanged(string input) =>
        Assert.Equal(input, PersianNormalizer.Normalize(input));

    [Theory]
    [InlineData("لباس تر", "لباس\u200Cتر")]
    [InlineData("جام می نوشید", "جام می\u200Cنوشید")]
    [InlineData("اول می شد", "اول می\u200Cشد")]
    [InlineData("۱ می شد", "۱ می شد")]
    [InlineData("میفروشد", "میفروشد")]
    [InlineData("خانهٔ من", "خانه من")]
    public void Normalize_DocumentedLimits_BehaveAsDocumented(string input, string expected) =>
        Assert.Equal(expected, PersianNormalizer.Normalize(input));

    [Theory]
    [InlineData("محمّد", "محمّد")]
    [InlineData("محـــمد", "محمد")]
    [InlineData("\u200Fعلي\u200E", "علی")]
    [InlineData("\u200Cسلام\u200C", "سلام")]
    [InlineData("سلام\u200C!", "سلام!")]
    [InlineData("ﻛﺘﺎﺏ", "کتاب")]
    [InlineData("Hello  World", "Hello World")]
    [InlineData("خانهٔ من", "خانه من")]
    public void Normalize_LettersAndControls_AreCleaned(string input, string expected) =>
        Assert.Equal(expected, PersianNormalizer.Normalize(input));

    [Fact]
    public void Normalize_LineBreaks_AreKeptWithAtMostOneEmptyLine() =>
        Assert.Equal("سطر اول\n\nسطر دوم\nسوم", PersianNormalizer.Normalize(" سطر اول  \r\n\r\n\r\n  سطر دوم\u2028سوم\n"));

    [Theory]
    [InlineData(PersianDigitStyle.AsTyped, "کد ۱۲ و 34 و ٥")]
    [InlineData(PersianDigitStyle.Ascii, "کد 12 و 34 و 5")]
    [InlineData(PersianDigitStyle.Persian, "کد ۱۲ و ۳۴ و ۵")]
    public void Normalize_DigitStyle_IsApplied(PersianDigitStyle digits, string expected)
    {
        Assert.Equal(expected, PersianNormalizer.Normalize("كد ۱۲ و 34 و ٥", digits));
        Assert.Equal(expected, PersianNormalizer.NormalizeName("كد ۱۲ و 34 و ٥", digits));
    }

    [Theory]
    [InlineData(" علي  رضائي ", "علی رضائی")]
    [InlineData("شركت\nنمونه", "شرکت نمونه")]
    [InlineData("کتاب ها", "کتاب ها")]
    [InlineData("میشود", "میشود")]
    [InlineData("فاطمة", "فاطمه")]
    [InlineData("أحمد", "احمد")]
    public void NormalizeName_AppliesLetterAndSpaceRulesOnly(string input, string expected) =>
        Assert.Equal(expected, PersianNormalizer.NormalizeName(input));

    [Theory]
    [MemberData(nameof(CultureScope.Names), MemberType = typeof(CultureScope))]
    public void Normalize_AnyCulture_GivesTheSameText(string culture)
    {
        using var scope = new CultureScope(culture);
        Assert.Equal("Istanbul کتاب\u200Cها می\u200Cشود ۱۲", PersianNormalizer.Normalize("Istanbul كتاب ها مي شود ۱۲"));
        Assert.Equal("ISTANBUL علی 12", PersianNormalizer.NormalizeName("ISTANBUL  علي ١٢", PersianDigitStyle.Ascii));
    }

    [Fact]
    public void Normalize_BadArguments_Throw()
    {
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => PersianNormalizer.Normalize(null!)).ParamName);
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => PersianNormalizer.NormalizeName(null!)).ParamName);
        Assert.Equal("digits", Assert.Throws<ArgumentOutOfRangeException>(() => PersianNormalizer.Normalize("x", (PersianDigitStyle)9)).ParamName);
    }

    [Property(MaxTest = 400)]
    public Property Normalize_IsIdempotent() =>
        Prop.ForAll(TextGen.Messy, TextGen.Culture.ToArbitrary(), (text, culture) =>
        {
            using var scope = new CultureScope(culture);
            var once = PersianNormalizer.Normalize(text);
            return (PersianNormalizer.Normalize(once) == once).Label($"«{text}» → «{once}»");
        });

    [Property(MaxTest = 400)]
    public Property NormalizeName_IsIdempotent() =>
        Prop.ForAll(TextGen.Messy, text =>
        {
            var once = PersianNormalizer.NormalizeName(text);
            return PersianNormalizer.NormalizeName(once) == once;
        });

    [Property(MaxTest = 300)]
    public Property Normalize_IsTrimmedWithSingleSpaces() =>
        Prop.ForAll(TextGen.Messy, text =>
        {
            var name = PersianNormalizer.NormalizeName(text);
            var note = PersianNormalizer.Normalize(text);
            return name == name.Trim() && note == note.Trim()
                && !name.Contains("  ", StringComparison.Ordinal) && !note.Contains("  ", StringComparison.Ordinal)
                && !name.Any(c => c != ' ' && char.IsWhiteSpace(c))
                && !note.Any(c => c is not (' ' or '\n') && char.IsWhiteSpace(c));
        });

    [Property(MaxTest = 300)]
    public Property Normalize_FoldsToTheSameTextAsTheInputUpToZwnj() =>
        Prop.ForAll(TextGen.Sentence.ToArbitrary(), text =>
            PersianFold.FoldToString(PersianNormalizer.Normalize(text)).Replace("\u200C", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal)
            == PersianFold.FoldToString(text).Replace("\u200C", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal));
}
