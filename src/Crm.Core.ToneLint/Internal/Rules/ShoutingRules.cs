using System.Buffers;

namespace Crm.Core.ToneLint.Internal.Rules;

/// <summary>TL1501: runs of two or more '!' (or mixed '!?' runs of three); TL1502: words in capitals.</summary>
internal sealed class ShoutingRule : ToneRule
{
    private static readonly SearchValues<char> Marks = SearchValues.Create("!?\u061F");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Acronyms = new HashSet<string>(
        ["ASAP", "HTML", "HTTP", "HTTPS", "JSON", "PDF", "SMS", "FAQ", "CRM", "VIP", "USB", "VPN", "DNS", "SSL", "OTP", "IBAN",
         "CEO", "NASA", "UTC", "GMT", "IRR", "USD", "EUR", "ZIP", "API", "SKU", "ETA", "GIF", "JPEG", "PNG", "RTL", "IRAN"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly bool _caps;

    private ShoutingRule(bool caps, ToneRuleInfo info, RuleText text)
        : base(info, text) => _caps = caps;

    public static IEnumerable<ToneRule> Create()
    {
        const string Fa = "لحن فریاد‌گونه مشتری را ناراحت می‌کند؛ نکته ۴۴ علامت تعجب را برای شادی توصیه می‌کند، نه برای تاکید تند.";
        const string En = "Shouting reads as anger; tip 44 suggests an exclamation mark for warmth, not runs of them or capitals.";
        yield return new ShoutingRule(false,
            Ex.Info("TL1501", ToneCategory.Shouting, ToneSeverity.Warning, "No runs of exclamation marks", "seed 004, tips 6 and 44",
                Ex.Of("لطفا دوباره امتحان کنید!!!", "Please read the manual!!"), Ex.Of("تولدتان مبارک!", "Great news!")),
            new RuleText("«{0}» لحن فریاد دارد.", "\"{0}\" reads as shouting.", Fa, En, "یک علامت کافی است.", "One mark is enough."));
        yield return new ShoutingRule(true,
            Ex.Info("TL1502", ToneCategory.Shouting, ToneSeverity.Warning, "No words in capitals", "seed 004, tips 6 and 44",
                Ex.Of("Please DO NOT reply to this email.", "This is VERY important."), Ex.Of("Your PDF invoice and the FAQ link are attached.")),
            new RuleText("«{0}» با حروف بزرگ نوشته شده است.", "\"{0}\" is in capitals, which reads as shouting.", Fa, En,
                "با حروف معمولی بنویسید.", "Write it in normal case."));
    }

    public override void Check(LintContext context, FindingSink sink)
    {
        var text = context.Masked;
        for (var i = 0; i < text.Length; i++)
        {
            var next = _caps ? text.AsSpan(i).IndexOfAnyInRange('A', 'Z') : text.AsSpan(i).IndexOfAny(Marks);
            if (next < 0)
            {
                break;
            }

            i += next;

            var j = i;
            if (_caps)
            {
                while (j < text.Length && (char.IsAsciiLetterUpper(text[j]) || text[j] is '\'' or '_'))
                {
                    j++;
                }

                if ((i > 0 && text[i - 1] is '{' or '[' or '<' or '%' or '_' or '$') || (j < text.Length && text[j] is '}' or ']' or '>' or '%'))
                {
                    i = j - 1;
                    continue; // a template field such as [INVOICE_NUMBER] is reported by unfilled-placeholder
                }

                if (IsKeyword(text, i) || IsFollowedByKeywordPurpose(text, j) || IsNamedCode(text, i))
                {
                    i = j - 1;
                    continue; // "Reply STOP to opt out", "text YES": a keyword the customer types, not shouting
                }

                var boundary = (i == 0 || !char.IsAsciiLetterOrDigit(text[i - 1])) && (j >= text.Length || !char.IsAsciiLetterOrDigit(text[j]));
                if (boundary && j - i >= 2 && (j - i >= 4 || NeighbourIsCaps(text, i, j)) && !Acronyms.Contains(text.AsSpan(i, j - i)))
                {
                    sink.Add(new Finding(this, i, j - i, Replacement: LowerInvariant(text, i, j - i)));
                }
            }
            else
            {
                var bangs = 0;
                while (j < text.Length && text[j] is '!' or '?' or '\u061F')
                {
                    bangs += text[j] == '!' ? 1 : 0;
                    j++;
                }

                if (bangs >= 2 || (bangs >= 1 && j - i >= 3))
                {
                    var run = text.AsSpan(i, j - i);
                    var mark = run.Contains('\u061F') ? "\u061F" : run.Contains('?') ? "?" : "!";

                    sink.Add(new Finding(this, i, j - i, mark, true));
                }
            }

            i = j - 1 < i ? i : j - 1;
        }
    }

    private static readonly string[] KeywordVerbs = ["reply", "text", "txt", "send", "type", "enter", "press", "sms", "keyword", "code"];

    // The word before is an instruction to type the capital word ("Reply STOP", "text YES to 12345").
    private static bool IsKeyword(string text, int i)
    {
        var k = i;
        while (k > 0 && text[k - 1] is ' ' or '\t')
        {
            k--;
        }

        var end = k;
        while (k > 0 && char.IsAsciiLetter(text[k - 1]))
        {
            k--;
        }

        if (end == k || end == i)
        {
            return false;
        }

        var word = text.AsSpan(k, end - k);
        foreach (var v in KeywordVerbs)
        {
            if (word.Equals(v, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] CodeWords = ["code", "coupon", "promo", "voucher", "کد", "کوپن"];

    // A discount or promo code named up to three words before ("code SPRING", «کد تخفیف تولدت TAVALOD») is typed, not
    // shouted; the search stops at a sentence end.
    private static bool IsNamedCode(string text, int i)
    {
        var k = i;
        for (var words = 0; words < 3 && k > 0; words++)
        {
            while (k > 0 && text[k - 1] is ' ' or '\t' or '\u200C')
            {
                k--;
            }

            var end = k;
            while (k > 0 && (char.IsLetter(text[k - 1]) || text[k - 1] == '\u200C'))
            {
                k--;
            }

            if (end == k)
            {
                return false; // punctuation, a digit or the start of the text
            }

            var word = text.AsSpan(k, end - k);
            foreach (var c in CodeWords)
            {
                if (word.Equals(c, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static readonly string[] KeywordPurposes = [" to opt", " to unsubscribe", " to confirm", " to cancel", " to stop", " to book", " to reply"];

    // "… or STOP to opt out": the capital word is followed by what typing it does.
    private static bool IsFollowedByKeywordPurpose(string text, int j)
    {
        foreach (var p in KeywordPurposes)
        {
            if (string.Compare(text, j, p, 0, p.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static string LowerInvariant(string text, int start, int length) =>
        string.Create(length, (text, start), static (span, state) => state.text.AsSpan(state.start, span.Length).ToLowerInvariant(span));

    // A two- or three-letter capital word counts when the next or previous word is in capitals too ("DO NOT").
    private static bool NeighbourIsCaps(string text, int i, int j)
    {
        var next = j + 1 < text.Length && text[j] == ' ' && char.IsAsciiLetterUpper(text[j + 1]) && (j + 2 >= text.Length || char.IsAsciiLetterUpper(text[j + 2]));
        var prev = i >= 3 && text[i - 1] == ' ' && char.IsAsciiLetterUpper(text[i - 2]) && char.IsAsciiLetterUpper(text[i - 3]);
        return next || prev;
    }
}
