using Crm.Core.TestKit;
using System.Text;
using Crm.Core.Persian;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Core.Persian.Tests.Text;

public class PersianPhrasePropertyTests
{
    private static readonly string[] Phrases =
    [
        "نمی‌شود", "کتاب‌ها", "بی‌ادب", "خیلی ممنون", "بزرگ‌ترین مشتری", "تماس می‌گیرم", "رفته‌اند", "کیفیت پایین",
        "هیچ‌وقت جواب نمی‌دهید", "پیگیری کنید",
    ];

    private static readonly string[] Surrounding =
    [
        "سلام", "امروز", "ما", "با", "شما", "مشتری", "گرامی", "در", "سال", "ماه", "و", "یک", "hello", "123", "۱۴۰۵", "،", ".",
    ];

    private static readonly string[] SeparatorVariants = ["", "\u200C", " ", "\u200C\u200C", " \u200C", "  ", "\u200C "];

    /// <summary>A phrase, a variant of it, and the text the variant sits in with its span.</summary>
    private static Gen<(string Phrase, string Text, int Start, int Length, string Culture)> Case { get; } =
        from phrase in Gen.Elements(Phrases)
        from seed in Gen.Choose(0, int.MaxValue)
        from before in Gen.Elements(Surrounding).ArrayOf()
        from after in Gen.Elements(Surrounding).ArrayOf()
        from culture in TextGen.Culture
        let variant = Variant(phrase, new Random(seed))
        let prefix = before.Length == 0 ? "" : string.Join(' ', before) + " "
        let suffix = after.Length == 0 ? "" : " " + string.Join(' ', after)
        select (phrase, prefix + variant + suffix, prefix.Length, variant.Length, culture);

    [Property(MaxTest = 400)]
    public Property FindAll_VariantEmbeddedInWords_IsFoundAtItsSpan() =>
        Prop.ForAll(Case.ToArbitrary(), c =>
        {
            using var scope = new CultureScope(c.Culture);
            var matches = PersianPhrase.Compile(c.Phrase).FindAll(c.Text);
            return matches.Contains(new PhraseMatch(c.Start, c.Length))
                .Label($"text «{c.Text}» expected ({c.Start}, {c.Length}) got {string.Join(", ", matches)}");
        });

    [Property(MaxTest = 300)]
    public Property FindAll_MappedSpans_CoverTheMatchedText() =>
        Prop.ForAll(Case.ToArbitrary(), c =>
        {
            var phrase = PersianPhrase.Compile(c.Phrase);
            return phrase.FindAll(c.Text).All(m => phrase.IsMatch(c.Text.Substring(m.Start, m.Length)));
        });

    [Property(MaxTest = 300)]
    public Property Matches_AreOrderedNonOverlappingAndInsideTheFoldedText() =>
        Prop.ForAll(TextGen.Messy, Gen.Elements(Phrases.Concat(["ها", "می", "a", "ک"]).ToArray()).ToArbitrary(), (text, p) =>
        {
            var folded = PersianFold.Fold(text);
            var end = 0;
            foreach (var m in PersianPhrase.Compile(p).Matches(folded))
            {
                if (m.Start < end || m.Length <= 0 || m.End > folded.Length)
                {
                    return false;
                }

                end = m.End;
            }

            return true;
        });

    /// <summary>Rewrites a phrase the way people type it: separators varied, Arabic letters, kashida, diacritics.</summary>
    private static string Variant(string phrase, Random random)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < phrase.Length; i++)
        {
            var c = phrase[i];
            if (c is ' ' or '\u200C')
            {
                sb.Append(SeparatorVariants[random.Next(SeparatorVariants.Length)]);
                continue;
            }

            sb.Append(c switch
            {
                'ی' => random.Next(3) switch { 0 => 'ي', 1 => 'ى', _ => 'ی' },
                'ک' => random.Next(2) == 0 ? 'ك' : 'ک',
                _ => c,
            });
            if (random.Next(6) == 0)
            {
                sb.Append('\u064E'); // fatha
            }

            var nextIsLetter = i + 1 < phrase.Length && phrase[i + 1] is not (' ' or '\u200C');
            if (nextIsLetter && random.Next(8) == 0)
            {
                sb.Append('\u0640'); // kashida
            }
        }

        return sb.ToString();
    }
}
