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

                if (IsKeyword(text, i) || IsFollowedByKeywordPurpose(text, j) || IsNamedCode(text, i) || IsName(text, i, j))
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

    // Nouns that a name in capitals modifies: "the SPRING code", "tonight's HIIT class", "the ADSL line".
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NamedThings = new HashSet<string>(
        ["code", "codes", "class", "classes", "plan", "plans", "package", "card", "cards", "account", "line", "format", "router", "modem",
         "app", "service", "tariff", "bundle", "membership", "model", "series", "file", "files", "button", "tab", "menu", "page", "screen",
         "key", "field", "option", "ticket", "voucher", "coupon", "promo", "offer", "deal", "subscription", "box", "store", "branch",
         "version", "number", "reference", "charge", "payment", "portal", "network", "session", "sessions", "course", "tier", "range"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // A word in capitals that names something rather than shouts: next to a code's punctuation ("'PAYPRO*LX'", "YYYY-MM-DD",
    // "ID/REF"), inside quotes, a short acronym among Persian words, or before a noun it names ("the SPRING code", "the
    // HIIT class").
    private static bool IsName(string text, int i, int j)
    {
        if ((i > 0 && text[i - 1] is '*' or '-' or '/' or '\'' or '"' or '\u2018' or '\u201C' or '#' or '@')
            || (j < text.Length && text[j] is '*' or '-' or '/' or '"' or '\u2019' or '\u201D' or '#' or '@' || (j < text.Length && char.IsAsciiDigit(text[j]))))
        {
            return true;
        }

        // Among Persian words a Latin word of up to four capitals is an acronym («سرویس ADSL»); a longer one can still shout
        // («واقعاً URGENT است»).
        if (j - i <= 4 && (NeighbourIsPersian(text, i, -1) || NeighbourIsPersian(text, j, 1)))
        {
            return true;
        }

        var k = j;
        while (k < text.Length && text[k] == ' ')
        {
            k++;
        }

        var end = k;
        while (end < text.Length && char.IsAsciiLetterLower(text[end]))
        {
            end++;
        }

        return end > k && NamedThings.Contains(text.AsSpan(k, end - k));
    }

    // The nearest letter before (step -1) or after (step 1) the word, across spaces and ZWNJ, is Persian.
    private static bool NeighbourIsPersian(string text, int from, int step)
    {
        for (var k = step < 0 ? from - 1 : from; k >= 0 && k < text.Length && Math.Abs(k - from) < 4; k += step)
        {
            var c = text[k];
            if (c is ' ' or '\u200C' or '\u00A0')
            {
                continue;
            }

            return c is >= '\u0600' and <= '\u06FF';
        }

        return false;
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
