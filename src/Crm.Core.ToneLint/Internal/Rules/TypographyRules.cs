using Crm.Core.ToneLint.Internal.Lexicon;

namespace Crm.Core.ToneLint.Internal.Rules;

/// <summary>
/// TL2001 Arabic ي/ك, TL2002 missing ZWNJ after «می»/«نمی», TL2003 misplaced ZWNJ, TL2004 Latin punctuation in
/// Persian text. All run on the masked original text, all carry mechanical fixes.
/// </summary>
internal sealed class TypographyRule : ToneRule
{
    private const char Zwnj = '\u200C';
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StemExceptions =
        new HashSet<string>(RegisterLexicon.VerbStemExceptions, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    private readonly int _kind;

    private TypographyRule(int kind, ToneRuleInfo info, RuleText text)
        : base(info, text) => _kind = kind;

    public static IEnumerable<ToneRule> Create()
    {
        const string Fa = "رسم‌الخط فارسی: حروف فارسی (ی، ک)، نیم‌فاصله در جای درست و نشانه‌های فارسی (، ؛ ؟) متن را خوانا و حرفه‌ای می‌کند (نکته ۸: راهنمای سبک).";
        const string En = "Persian orthography (style guide, tip 8): Persian letters, ZWNJ where it belongs, Persian punctuation.";
        yield return new TypographyRule(0,
            Ex.Info("TL2001", ToneCategory.Typography, ToneSeverity.Suggestion, "Arabic ي/ك in Persian text", "seed 004, tip 8",
                Ex.Of("سفارش شما ارسال شد و يك روز دیگر می‌رسد."), Ex.Of("سفارش شما ارسال شد و یک روز دیگر می‌رسد.")),
            new RuleText("«{0}» با ي/ك عربی نوشته شده است.", "\"{0}\" is written with Arabic ي/ك instead of the Persian letters.", Fa, En, "حروف فارسی ی و ک", "Persian letters ی and ک"));
        yield return new TypographyRule(1,
            Ex.Info("TL2002", ToneCategory.Typography, ToneSeverity.Suggestion, "Missing ZWNJ after «می»", "seed 004, tip 8",
                Ex.Of("همین الان پیگیری میکنم.", "فردا میرسد."), Ex.Of("همین الان پیگیری می‌کنم.", "میز کارتان را عوض کردیم.", "میزان تخفیف ۱۰ درصد است.")),
            new RuleText("«{0}» نیم‌فاصله ندارد.", "\"{0}\" lacks its zero-width non-joiner.", Fa, En, "نیم‌فاصله بعد از «می»", "ZWNJ after «می»"));
        yield return new TypographyRule(2,
            Ex.Info("TL2003", ToneCategory.Typography, ToneSeverity.Suggestion, "Misplaced ZWNJ", "seed 004, tip 8",
                Ex.Of("سفارش\u200C شما رسید.", "کتاب\u200C\u200Cها رسید."), Ex.Of("کتاب‌ها رسید.")),
            new RuleText("نیم‌فاصله بی‌جا.", "Misplaced zero-width non-joiner.", Fa, En, "حذف نیم‌فاصله اضافه", "Remove the stray ZWNJ"));
        yield return new TypographyRule(3,
            Ex.Info("TL2004", ToneCategory.Typography, ToneSeverity.Suggestion, "Latin punctuation in Persian", "seed 004, tip 8",
                Ex.Of("سلام, سفارشتان رسید?", "لطفا کد را وارد کنید; بعد ذخیره کنید."), Ex.Of("سلام، سفارشتان رسید؟", "Hi, did it arrive?")),
            new RuleText("نشانه لاتین «{0}» در متن فارسی.", "Latin punctuation \"{0}\" in Persian text.", Fa, En, "نشانه فارسی", "Persian punctuation"));
    }

    public override void Check(LintContext context, FindingSink sink)
    {
        var text = context.Masked;
        switch (_kind)
        {
            case 0:
                // One finding per word, whose fix replaces every Arabic ي/ك of the word (an Arabic keyboard gives one
                // finding per word, not one per letter).
                for (var i = NextIndexOfAny(text, 0, '\u064A', '\u0643'); i >= 0; i = NextIndexOfAny(text, i + 1, '\u064A', '\u0643'))
                {
                    if (!IsPersianContext(text, i))
                    {
                        continue;
                    }

                    var start = i;
                    while (start > 0 && IsLetterOrZwnj(text[start - 1]))
                    {
                        start--;
                    }

                    var end = i + 1;
                    while (end < text.Length && IsLetterOrZwnj(text[end]))
                    {
                        end++;
                    }

                    var word = text.AsSpan(start, end - start);
                    var fixedWord = string.Create(word.Length, text[start..end], static (span, w) =>
                    {
                        for (var k = 0; k < w.Length; k++)
                        {
                            span[k] = w[k] switch { '\u064A' => '\u06CC', '\u0643' => '\u06A9', _ => w[k] };
                        }
                    });
                    sink.Add(new Finding(this, start, end - start, fixedWord, true, text[start..end]));
                    i = end - 1;
                }

                break;
            case 1:
                MissingZwnj(text, sink);
                break;
            case 2:
                for (var i = 0; i < text.Length; i++)
                {
                    var next = text.AsSpan(i).IndexOf(Zwnj);
                    if (next < 0)
                    {
                        break;
                    }

                    i += next;
                    var j = i;
                    while (j < text.Length && text[j] == Zwnj)
                    {
                        j++;
                    }

                    var edge = i == 0 || j == text.Length || !char.IsLetter(text[i - 1]) || !char.IsLetter(text[j]);
                    if (edge || j - i > 1)
                    {
                        var keep = edge ? string.Empty : "\u200C";
                        sink.Add(new Finding(this, i, j - i, keep, true));
                    }

                    i = j - 1;
                }

                break;
            default:
                for (var i = NextIndexOfAny(text, 1, ',', ';', '?'); i >= 0; i = NextIndexOfAny(text, i + 1, ',', ';', '?'))
                {
                    var c = text[i];
                    if (Squeeze.IsPersianLetter(text[i - 1]) && (i + 1 >= text.Length || !char.IsDigit(text[i + 1])))
                    {
                        var (fix, arg) = c switch { ',' => ("\u060C", ","), ';' => ("\u061B", ";"), _ => ("\u061F", "?") };
                        sink.Add(new Finding(this, i, 1, fix, true, arg));
                    }
                }

                break;
        }
    }

    private void MissingZwnj(string text, FindingSink sink)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var next = text.AsSpan(i).IndexOf('\u0645');
            if (next < 0)
            {
                break;
            }

            i += next;
            if (i > 0 && IsLetterOrZwnj(text[i - 1]) && !(text[i - 1] == '\u0646' && (i < 2 || !IsLetterOrZwnj(text[i - 2]))))
            {
                continue;
            }

            var end = i;
            while (end < text.Length && IsLetterOrZwnj(text[end]))
            {
                end++;
            }

            var wordStart = i > 0 && text[i - 1] == '\u0646' ? i - 1 : i;
            var prefixEnd = i + 2;
            if (end - prefixEnd < 2 || prefixEnd > text.Length || Squeeze.Unify(text[i + 1]) != '\u06CC' || text[prefixEnd] == Zwnj)
            {
                i = end;
                continue;
            }

            var rest = text.AsSpan(prefixEnd, end - prefixEnd);
            if (!StemExceptions.Contains(text.AsSpan(i, end - i)) && StartsWithStem(rest))
            {
                var fixedWord = string.Concat(text.AsSpan(wordStart, prefixEnd - wordStart), "\u200C", rest);
                sink.Add(new Finding(this, wordStart, end - wordStart, fixedWord, true, text[wordStart..end]));
            }

            i = end;
        }
    }

    private static int NextIndexOfAny(string text, int from, char a, char b) => NextIndexOfAny(text, from, a, b, b);

    private static int NextIndexOfAny(string text, int from, char a, char b, char c)
    {
        if (from >= text.Length)
        {
            return -1;
        }

        var k = text.AsSpan(from).IndexOfAny(a, b, c);
        return k < 0 ? -1 : from + k;
    }

    private static bool StartsWithStem(ReadOnlySpan<char> rest)
    {
        foreach (var stem in RegisterLexicon.VerbStems)
        {
            if (rest.StartsWith(stem, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLetterOrZwnj(char c) => c == Zwnj || char.IsLetter(c);

    private static bool IsPersianContext(string text, int i) =>
        (i > 0 && Squeeze.IsPersianLetter(text[i - 1])) || (i + 1 < text.Length && Squeeze.IsPersianLetter(text[i + 1]));
}
