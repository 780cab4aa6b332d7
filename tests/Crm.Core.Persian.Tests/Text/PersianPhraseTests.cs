using Crm.Core.TestKit;
using Crm.Core.Persian;

namespace Crm.Core.Persian.Tests.Text;

public class PersianPhraseTests
{
    private const string Zwnj = "\u200C";

    [Theory]
    [InlineData("نمی\u200Cشود")]
    [InlineData("نمیشود")]
    [InlineData("نمی شود")]
    [InlineData("نمي شود")]
    [InlineData("نمی\u200C\u200Cشود")]
    [InlineData("نمـی‌شود")]
    [InlineData("ﻧﻤﻰ ﺷﻮﺩ")]
    public void IsMatch_NemishavadVariants_MatchZwnjPattern(string text)
    {
        var phrase = PersianPhrase.Compile("نمی" + Zwnj + "شود");
        Assert.True(phrase.IsMatch(text));
        Assert.True(phrase.IsMatch("اینطوری " + text + "!"));
    }

    [Theory]
    [InlineData("کتاب\u200Cها")]
    [InlineData("کتابها")]
    [InlineData("کتاب ها")]
    [InlineData("كتاب ها")]
    public void IsMatch_KetabhaVariants_MatchGluedAndZwnjPatterns(string text)
    {
        Assert.True(PersianPhrase.Compile("کتابها").IsMatch("این " + text + " را بخوان"));
        Assert.True(PersianPhrase.Compile("کتاب" + Zwnj + "ها").IsMatch("این " + text + " را بخوان"));
    }

    [Fact]
    public void IsMatch_MonthMayBeforeSal_IsNotAGluedPrefix()
    {
        Assert.False(PersianPhrase.Compile("میسال").IsMatch("ماه می سال گذشته"));
        Assert.True(PersianPhrase.Compile("میسال").IsMatch("ماه میسال گذشته"));
    }

    [Fact]
    public void IsMatch_GluedNemiAndBi_AcceptSpace()
    {
        Assert.True(PersianPhrase.Compile("نمیشود").IsMatch("این نمی شود"));
        Assert.True(PersianPhrase.Compile("بیادب").IsMatch("آدم بی ادب"));
        Assert.True(PersianPhrase.Compile("میشود").IsMatch("این می‌شود"));
        Assert.False(PersianPhrase.Compile("میشود").IsMatch("این می شود"));
    }

    [Theory]
    [InlineData("آنها نیستند", false)]
    [InlineData("آنها نیستند.", false)]
    [InlineData("اینجا نیست.", true)]
    [InlineData("نیست", true)]
    [InlineData("نیست‌ها", false)]
    [InlineData("بنیست", false)]
    public void IsMatch_Word_NeverInsideALongerWord(string text, bool expected) =>
        Assert.Equal(expected, PersianPhrase.Compile("نیست").IsMatch(text));

    [Fact]
    public void IsMatch_ShortWordInsideZwnjWord_IsNotAWordMatch()
    {
        Assert.False(PersianPhrase.Compile("می").IsMatch("نمی‌شود"));
        Assert.False(PersianPhrase.Compile("کتاب").IsMatch("کتاب‌ها"));
        Assert.True(PersianPhrase.Compile("کتاب").IsMatch("«کتاب»"));
    }

    [Theory]
    [MemberData(nameof(CultureScope.Names), MemberType = typeof(CultureScope))]
    public void IsMatch_LatinPhraseAnyCulture_IsCaseInsensitiveInvariantly(string culture)
    {
        using var scope = new CultureScope(culture);
        var phrase = PersianPhrase.Compile("CRM TITLE");
        Assert.True(phrase.IsMatch("my crm title!"));
        Assert.True(phrase.IsMatch("My CRM TİTLE".Replace('İ', 'I')));
        Assert.False(phrase.IsMatch("crm titles"));
    }

    [Fact]
    public void FindAll_ReturnsOriginalSpans()
    {
        const string text = "سلام، اين كتاب\u200C\u200Cها مال شماست و کتابها هم";
        var matches = PersianPhrase.Compile("کتاب\u200Cها").FindAll(text);
        Assert.Equal(2, matches.Count);
        Assert.Equal("كتاب\u200C\u200Cها", text.Substring(matches[0].Start, matches[0].Length));
        Assert.Equal("کتابها", text.Substring(matches[1].Start, matches[1].Length));
        Assert.Equal(matches[1].Start + 6, matches[1].End);
    }

    [Fact]
    public void Matches_ReturnsFoldedSpans()
    {
        var folded = PersianFold.Fold("دو كتاب ها");
        var match = Assert.Single(PersianPhrase.Compile("کتابها").Matches(folded));
        Assert.Equal(new PhraseMatch(3, 7), match);
    }

    [Fact]
    public void FindAll_MatchAfterDiacritics_CoversThem()
    {
        const string text = "او نمِي‌شَوَد";
        var match = Assert.Single(PersianPhrase.Compile("نمی‌شود").FindAll(text));
        Assert.Equal(new PhraseMatch(3, text.Length - 3), match);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u200C\u200E\u0640")]
    public void Compile_EmptyPhrase_ThrowsNamingThePhrase(string phrase)
    {
        var error = Assert.Throws<ArgumentException>(() => PersianPhrase.Compile(phrase));
        Assert.Equal("phrase", error.ParamName);
        Assert.Contains("'" + phrase + "'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_Null_Throws() => Assert.Throws<ArgumentNullException>(() => PersianPhrase.Compile(null!));

    [Fact]
    public void Phrase_IsKeptAsGiven() => Assert.Equal(" نمي شود ", PersianPhrase.Compile(" نمي شود ").Phrase);

    [Fact]
    public void FindAll_MegabyteOfNearMisses_FindsOnlyRealMatches()
    {
        // 1 MB of «نمی نمی نمی…» where the phrase needs «… شود» at the end: every word is a candidate.
        var text = string.Concat(Enumerable.Repeat("نمی ", 262_144)) + "شود";
        var phrase = PersianPhrase.Compile("نمی‌نمی‌نمی‌نمی‌شود");
        var match = Assert.Single(phrase.FindAll(text));
        Assert.Equal(text.Length - 19, match.Start);
        Assert.Equal(19, match.Length);
    }

    [Fact]
    public void IsMatch_DocumentedLimits_BehaveAsDocumented()
    {
        Assert.True(PersianPhrase.Compile("به من").IsMatch("بهمن"));
        Assert.True(PersianPhrase.Compile("کتاب").IsMatch("کتاب ها"));
        Assert.True(PersianPhrase.Compile("میلاد").IsMatch("می‌لاد"));
    }

    [Fact]
    public void IsMatch_InsideZwnjChain_IsNotAtAWordBoundary() =>
        Assert.False(PersianPhrase.Compile("نمی‌شود").IsMatch("نمی‌نمی‌شود"));

    [Fact]
    public void IsMatch_MegabyteOfRepeatedLetter_IsFalse()
    {
        var text = new string('ا', 1 << 20);
        Assert.False(PersianPhrase.Compile(new string('ا', 40) + "ب").IsMatch(text));
        Assert.False(PersianPhrase.Compile("ا ا ا ا ا ا ا ا ب").IsMatch(text));
    }
}
