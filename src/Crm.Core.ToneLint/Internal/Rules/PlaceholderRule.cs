using System.Buffers;

namespace Crm.Core.ToneLint.Internal.Rules;

/// <summary>
/// TL1101: an unfilled template field: {اسم مشتری}, {customer_name}, {{name}}, [نام مشتری], [NAME], &lt;NAME&gt;,
/// %NAME%. Runs on the original text, quoted text included; inline and fenced code are left alone (a template such as
/// <c>GET /orders/{order_id}</c> is documentation, not a field). Bounded look-ahead keeps it linear.
/// </summary>
internal sealed class PlaceholderRule() : ToneRule(
    Ex.Info("TL1101", ToneCategory.UnfilledPlaceholder, ToneSeverity.Error, "Unfilled template field", "seed 004, tips 5 and 10",
        Ex.Of("سلام {اسم مشتری}، سفارشتان ارسال شد.", "Hi {{name}}, your order shipped.", "سلام [نام مشتری]", "Dear <NAME>,", "Hello %FIRST_NAME%"),
        Ex.Of("سلام سارا، سفارشتان ارسال شد.", "See [the guide](https://example.com) for details.", "Choose option [2] from the menu.")),
    new RuleText("فیلد قالب «{0}» پر نشده است.", "Template field \"{0}\" was not filled in.",
        "نکته ۵ و ۱۰: درج خودکار نام نباید فیلد قالب را خالی رها کند.",
        "Tips 5 and 10: automatic name insertion must never leave a template field unfilled.",
        "فیلد را با مقدار واقعی پر کنید.", "Replace the field with the real value."))
{
    private const int MaxField = 40;
    private static readonly SearchValues<char> Openers = SearchValues.Create("{[<%");
    private static readonly string[] Keywords = ["نام", "اسم", "شماره", "کد", "تاریخ", "مشتری", "شرکت", "name", "customer", "company", "date", "number", "order", "agent",
        "آدرس", "مبلغ", "تلفن", "موبایل", "ایمیل", "محصول", "سفارش", "کالا", "email", "phone", "amount", "address", "product"];

    public override void Check(LintContext context, FindingSink sink)
    {
        var text = context.Original;
        for (var i = 0; i < text.Length; i++)
        {
            var next = text.AsSpan(i).IndexOfAny(Openers);
            if (next < 0)
            {
                break;
            }

            i += next;
            var c = text[i];
            var close = c switch { '{' => '}', '[' => ']', '<' => '>', _ => '%' };

            // The first closer, line break or (except after '{') second opener within reach ends the field.
            var limit = Math.Min(text.Length, i + 2 + MaxField);
            var window = text.AsSpan(i + 1, limit - i - 1);
            var stop = c == '{' ? window.IndexOfAny(close, '\n') : window.IndexOfAny(close, '\n', c);
            var j = stop < 0 ? limit : i + 1 + stop;

            if (j >= limit || text[j] != close)
            {
                continue;
            }

            var end = j + 1;
            if (c == '{' && end < text.Length && text[end] == '}')
            {
                end++;
            }

            if (IsExpectedTemplateField(context.Options, text, c, i, j, end))
            {
                i = end - 1;
                continue;
            }

            if (IsField(text, c, i, j, end) && !context.InCode(i, end))
            {
                sink.Add(new Finding(this, i, end - i, Arg: text[i..end]));
                i = end - 1;
            }
        }
    }

    private static bool IsField(string text, char open, int i, int j, int end)
    {
        var inner = text.AsSpan(i + 1, j - i - 1).Trim().Trim('{');
        if (inner.IsEmpty || inner.Length > MaxField)
        {
            return false;
        }

        var identifier = IsUpperIdentifier(inner);
        return open switch
        {
            '{' => true,
            '[' => (end >= text.Length || text[end] != '(') && (identifier || HasKeyword(inner)),
            '<' => identifier || (HasKeyword(inner) && !inner.Contains('/')) || IsPersianWords(inner),
            // %NAME%, and %مبلغ% when the field touches both signs (so "۲۰% تخفیف و ۳۰%" is not a field).
            _ => (identifier && inner.Length >= 3) || (IsPersianWords(inner) && text[i + 1] != ' ' && text[j - 1] != ' '),
        };
    }

    // Template mode: {{first_name}} is filled by the sending system (every identifier, or only the listed fields).
    private static bool IsExpectedTemplateField(ToneLintOptions options, string text, char open, int i, int j, int end)
    {
        if (!options.TemplateMode || open != '{' || end - i < 5 || text[i + 1] != '{' || text[end - 1] != '}' || end - j != 2)
        {
            return false;
        }

        var inner = text.AsSpan(i + 2, j - i - 2).Trim();
        foreach (var ch in inner)
        {
            if (!(char.IsAsciiLetterOrDigit(ch) || ch is '_' or '.' or '-'))
            {
                return false;
            }
        }

        return inner.Length > 0 && (options.TemplateFields.Count == 0 || options.TemplateFields.Contains(inner.ToString()));
    }

    // <نام مشتری>, <شماره فاکتور>: no markup tag is written in Persian letters.
    private static bool IsPersianWords(ReadOnlySpan<char> s)
    {
        var letters = 0;
        foreach (var ch in s)
        {
            if (Squeeze.IsPersianLetter(ch))
            {
                letters++;
            }
            else if (ch is not (' ' or '_' or '\u200C' or '-'))
            {
                return false;
            }
        }

        return letters >= 2;
    }

    private static bool IsUpperIdentifier(ReadOnlySpan<char> s)
    {
        var letters = 0;
        foreach (var ch in s)
        {
            if (ch is >= 'A' and <= 'Z')
            {
                letters++;
            }
            else if (ch is not ('_' or ' ' or '.' or (>= '0' and <= '9')))
            {
                return false;
            }
        }

        return letters >= 2;
    }

    private static bool HasKeyword(ReadOnlySpan<char> s)
    {
        foreach (var k in Keywords)
        {
            if (s.Contains(k, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
