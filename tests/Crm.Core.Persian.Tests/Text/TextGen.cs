using Crm.Core.TestKit;
using FsCheck;
using FsCheck.Fluent;

namespace Crm.Core.Persian.Tests.Text;

/// <summary>FsCheck generators for messy Persian text.</summary>
internal static class TextGen
{
    /// <summary>Characters the fold and the normalizer treat specially, plus ordinary ones.</summary>
    private static readonly char[] Tricky =
    [
        'ا', 'ب', 'ت', 'ک', 'ی', 'ه', 'م', 'ن', 'ش', 'و', 'د', 'ر', 'آ', 'ئ', 'ؤ', 'ء',
        'ي', 'ى', 'ے', 'ۍ', 'ې', 'ێ', 'ؠ', 'ك', 'ڪ', 'ګ', 'ڬ', 'ڭ', 'ڮ', 'ۀ', 'ة', 'أ', 'إ', 'ٱ',
        '\u064B', '\u064E', '\u0650', '\u0651', '\u0652', '\u0653', '\u0654', '\u0655', '\u0670', '\u0640',
        '\u200C', '\u200C', '\u200B', '\u200D', '\u200E', '\u200F', '\u202B', '\u202C', '\u2067', '\u2069', '\u061C', '\u00AD', '\uFEFF',
        ' ', ' ', ' ', '\t', '\n', '\r', '\u00A0', '\u2009', '\u3000', '\u2028',
        '۰', '۱', '۹', '٠', '٥', '0', '7',
        'a', 'z', 'A', 'Z', 'I', 'i', 'İ', 'ı', 'É', 'ß',
        '\uFEDB', '\uFEDC', '\uFBFC', '\uFBFD', '\uFEF3', '\uFEFB', '\uFDF2', '\uFE70', '\uFC5E', '\uFB8F', '\uFE93', '\uFDFA',
        '.', '،', '؟', '!', '«', '»', '-',
    ];

    private static readonly string[] Words =
    [
        "می", "نمی", "بی", "ها", "های", "هایی", "تر", "ترین", "ماه", "سال", "میز", "میلاد", "کتاب", "شود", "خوانم",
        "میشود", "نمیشود", "بزرگ", "بود", "است", "۱۵", "12", "تنها", "دختر", "نیست", "نیستند", "مشتری", "تماس",
        "گرفت", "علي", "كتاب", "هفته", "Hello", "crm",
    ];

    /// <summary>Strings drawn from the tricky characters.</summary>
    public static Gen<string> TrickyString { get; } =
        Gen.Elements(Tricky).ArrayOf().Select(a => new string(a));

    /// <summary>Sentences of Persian words with tricky separators, likely to trigger the affix rules.</summary>
    public static Gen<string> Sentence { get; } =
        Gen.Elements(Words).Zip(Gen.Elements(" ", " ", " ", "  ", "\u200C", " \u200C", "\n", "\u200C\u200C", ""))
            .Select(t => t.Item1 + t.Item2)
            .ArrayOf()
            .Select(string.Concat);

    /// <summary>Any of: tricky strings, sentences, arbitrary strings.</summary>
    public static Arbitrary<string> Messy { get; } =
        Gen.OneOf(TrickyString, Sentence, ArbMap.Default.GeneratorFor<string>().Where(s => s is not null))
            .ToArbitrary();

    /// <summary>ASCII text already lower-case with single spaces.</summary>
    public static Arbitrary<string> FoldedAscii { get; } =
        Gen.Elements("abcdefghijklmnopqrstuvwxyz0123456789.,;:-_!?'\"()[]/@#".ToCharArray())
            .ArrayOf()
            .Select(a => new string(a))
            .ArrayOf()
            .Select(words => string.Join(' ', words.Where(w => w.Length > 0)))
            .ToArbitrary();

    /// <summary>A culture name: invariant, fa-IR, ar-SA or tr-TR.</summary>
    public static Gen<string> Culture { get; } = Gen.Elements(CultureScope.All.ToArray());
}
