using Crm.Core.Persian;

namespace Crm.Core.ToneLint.Internal;

/// <summary>
/// The layout of a reply: a greeting line, the body, a sign-off block (valediction, name, team) and a quoted history
/// at the end (an attribution line such as "On Tue, Sara wrote:" and the quoted lines), read from the masked text
/// (quoted lines and code are already blank). Single newlines separate paragraphs unless a long line
/// without closing punctuation is followed by a line that continues it (a hard-wrapped paragraph). Linear time.
/// </summary>
internal sealed class ReplyStructure
{
    private const int MaxGreetingWords = 6;
    private const int MaxSignOffLineWords = 6;
    private const int MaxSignOffLines = 5;
    private const int SoftWrapMinLength = 40;

    /// <summary>Valedictions that open a sign-off block when they start a short line (compared on the folded line).</summary>
    private static readonly string[] Valedictions =
    [
        "best regards", "kind regards", "warm regards", "warmest regards", "regards", "best wishes", "all the best", "best",
        "cheers", "thanks", "thank you", "many thanks", "thanks again", "sincerely", "yours sincerely", "yours faithfully",
        "yours truly", "talk soon", "speak soon", "see you soon", "take care", "warmly", "with thanks", "have a great day",
        "have a nice day", "have a good one", "respectfully", "catch you soon", "catch you later", "talk later", "speak later",
        "talk to you soon", "speak to you soon", "chat soon", "chat later", "until next time", "warm wishes", "warmest wishes",
        "kind wishes", "with best wishes", "all best",
        "با احترام", "با سپاس", "با تشکر", "با تشکر و احترام", "ارادتمند", "ارادتمندیم", "قربانت", "قربانتان", "قربان شما",
        "سپاسگزارم", "سپاس", "ممنونم", "موفق باشید", "موفق باشی", "شاد باشید", "روز خوش", "روزتان خوش", "روزت خوش",
        "روز خوبی داشته باشید", "خدانگهدار", "خداحافظ", "فعلا خداحافظ", "فعلا", "با آرزوی", "پاینده باشید", "مخلصیم",
        "مخلصم", "تیم پشتیبانی", "واحد پشتیبانی",
        // The word-class version: wishes as a class, and the English ones of the same kind.
        "روزگارت خوش", "روزگارتان خوش", "شب خوش", "شبتون خوش", "شبتان خوش", "روزتون خوش", "ایام به کام", "با مهر", "با سپاس فراوان",
        "با آرزوی موفقیت", "با آرزوی بهترین‌ها", "با تشکر فراوان", "ممنون از شما", "stay safe", "be well", "best of luck", "good luck",
        "all good wishes", "thanks so much", "thanks a lot", "with kind regards", "with warm regards", "with best regards", "have a lovely day",
        "have a great weekend", "have a good weekend", "enjoy your day", "enjoy the rest of your day", "take it easy", "thx",
    ];

    // «سلامت باشی», «شاد باشید», «در پناه حق باشید»: a wish with «باش».
    private static readonly string[] Wishes =
        [.. from wish in new[] { "سلامت", "شاد", "موفق", "پیروز", "تندرست", "سربلند", "خوش", "پاینده", "برقرار", "در پناه حق", "در پناه خدا", "سالم", "خوش و خرم" }
            from be in new[] { "باشی", "باشید", "باشین", "باشد" }
            select wish + " " + be];

    private static readonly string[] Greetings =
    [
        "hi", "hello", "hey", "dear", "good morning", "good afternoon", "good evening", "greetings", "hiya",
        "سلام", "درود", "با سلام", "وقت بخیر", "عرض ادب", "عرض سلام", "صبح بخیر", "عصر بخیر", "روز بخیر",
    ];

    private static readonly string[] ValedictionKeys = [.. Valedictions.Concat(Wishes).Select(KeyOf)];

    private static readonly string[] GreetingKeys = [.. Greetings.Select(KeyOf)];

    /// <summary>How a mail client introduces the quoted message ("On Tue, Sara wrote:", «سارا نوشت:»), folded.</summary>
    private static readonly string[] AttributionEnds = [.. new[] { "wrote:", "wrote :", "said:", "نوشت:", "نوشته:", "نوشته است:", "نوشتند:" }.Select(KeyOf)];

    private ReplyStructure(int bodyStart, int bodyEnd, string sentenceSource, List<TextSegment> paragraphs)
    {
        BodyStart = bodyStart;
        BodyEnd = bodyEnd;
        SentenceSource = sentenceSource;
        Paragraphs = paragraphs;
    }

    /// <summary>Where the body starts: after the greeting line, or 0.</summary>
    public int BodyStart { get; }

    /// <summary>Where the body ends: at the sign-off block, or the end of the text.</summary>
    public int BodyEnd { get; }

    /// <summary>The masked text with the newlines of hard-wrapped paragraphs turned into spaces (same length).</summary>
    public string SentenceSource { get; }

    /// <summary>The body's paragraphs by layout.</summary>
    public List<TextSegment> Paragraphs { get; }

    public static ReplyStructure Of(string masked)
    {
        var lines = Lines(masked);
        char[]? source = null;
        for (var k = 0; k + 1 < lines.Count; k++)
        {
            if (lines[k + 1].Start == lines[k].End + 1 && IsSoftWrap(masked, lines[k], lines[k + 1]))
            {
                source ??= masked.ToCharArray();
                source[lines[k].End] = ' ';
            }
        }

        var sentenceSource = source is null ? masked : new string(source);
        var first = lines.FindIndex(l => l.Words > 0);
        var bodyStart = 0;
        var firstBody = first;
        if (first >= 0 && IsGreetingLine(masked, lines[first]) && lines.Skip(first + 1).Any(l => l.Words > 0))
        {
            bodyStart = lines[first].End;
            firstBody = first + 1;
        }

        var replyEnd = QuotedHistoryStart(masked, lines);
        var signOff = SignOffStart(masked, lines, Math.Max(firstBody, 0), replyEnd - 1);
        var bodyEnd = signOff >= 0 ? lines[signOff].Start : replyEnd < lines.Count ? lines[replyEnd].Start : masked.Length;
        var paragraphs = new List<TextSegment>();
        var paragraphStart = bodyStart;
        for (var k = Math.Max(firstBody, 0); k < lines.Count && lines[k].Start < bodyEnd; k++)
        {
            var breakAfter = k + 1 >= lines.Count || lines[k + 1].Start >= bodyEnd || sentenceSource[lines[k].End] != ' ' || lines[k].Words == 0;
            if (breakAfter)
            {
                Add(paragraphs, masked, paragraphStart, Math.Min(lines[k].End, bodyEnd));
                paragraphStart = lines[k].End;
            }
        }

        return new ReplyStructure(bodyStart, bodyEnd, sentenceSource, paragraphs);
    }

    private static void Add(List<TextSegment> result, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var words = Segmenter.CountWords(text, start, end);
        if (words > 0)
        {
            result.Add(new TextSegment(start, end, words));
        }
    }

    private static List<TextSegment> Lines(string text)
    {
        var lines = new List<TextSegment>();
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            lines.Add(new TextSegment(start, end, Segmenter.CountWords(text, start, end)));
            start = end + 1;
        }

        return lines;
    }

    // A hard-wrapped paragraph: a long line that does not end a sentence or clause, followed by a line that starts with a letter.
    private static bool IsSoftWrap(string text, TextSegment line, TextSegment next)
    {
        var last = LastVisible(text, line);
        var firstNext = FirstVisible(text, next);
        return last >= 0 && firstNext >= 0 && line.Length >= SoftWrapMinLength
            && char.IsLetterOrDigit(text[last]) && char.IsLetter(text[firstNext]) && !char.IsUpper(text[firstNext]);
    }

    private static bool IsGreetingLine(string text, TextSegment line)
    {
        if (line.Words is 0 or > MaxGreetingWords)
        {
            return false;
        }

        var last = LastVisible(text, line);
        if (text[last] is '.' or '?' or '\u061F')
        {
            return false;
        }

        var folded = Trimmed(text, line);
        return StartsWithAny(folded, GreetingKeys) || (line.Words <= 4 && text[last] is ',' or '\u060C' or ':');
    }

    /// <summary>The index of the first line of the sign-off block, or -1.</summary>
    /// <summary>
    /// The index of the first line of a quoted history at the end ("On Tue, Sara wrote:" or «… نوشت:» followed only by
    /// quoted or blank lines), or the number of lines when there is none.
    /// </summary>
    private static int QuotedHistoryStart(string text, List<TextSegment> lines)
    {
        var end = lines.Count;
        var k = lines.Count - 1;
        while (k >= 0)
        {
            if (lines[k].Words == 0)
            {
                k--;
                continue;
            }

            if (!IsAttribution(text, lines[k]))
            {
                break;
            }

            end = k--;
        }

        return end;
    }

    private static bool IsAttribution(string text, TextSegment line)
    {
        var first = FirstVisible(text, line);
        var last = LastVisible(text, line);
        if (first < 0 || last - first > 200)
        {
            return false;
        }

        var key = KeyOf(text[first..(last + 1)]);
        foreach (var suffix in AttributionEnds)
        {
            if (key.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return key.Contains("originalmessage", StringComparison.Ordinal) || key.Contains("original message", StringComparison.Ordinal);
    }

    private static int SignOffStart(string text, List<TextSegment> lines, int firstBody, int last)
    {
        while (last >= 0 && lines[last].Words == 0)
        {
            last--;
        }

        // Collect the trailing short lines (at most five, no blank line in between).
        var top = last;
        while (top > firstBody && last - top + 1 < MaxSignOffLines && lines[top - 1].Words is > 0 and <= MaxSignOffLineWords)
        {
            top--;
        }

        if (last <= firstBody || lines[last].Words > MaxSignOffLineWords)
        {
            return -1;
        }

        for (var k = top; k <= last; k++)
        {
            if (k > firstBody && IsValediction(text, lines[k]))
            {
                return k;
            }
        }

        // No valediction: a signature of one to three short unpunctuated lines (a name, a team, a dash line) after a
        // line that ends a sentence.
        var nameTop = last;
        while (nameTop > firstBody + 1 && last - nameTop < 2 && IsSignatureLine(text, lines[nameTop - 1]))
        {
            nameTop--;
        }

        if (!IsSignatureLine(text, lines[nameTop]) || nameTop <= firstBody)
        {
            return -1;
        }

        var dash = text[FirstVisible(text, lines[nameTop])] is '-' or '\u2013' or '\u2014';
        var before = lines[nameTop - 1];

        // A valediction no list holds ("Safe travels,", «ارادت،»): a short line that ends with a comma, after a line that
        // ends a sentence and before the signature lines, has the shape of one.
        if (nameTop - 1 > firstBody && before.Words is > 0 and <= 4 && text[LastVisible(text, before)] is ',' or '\u060C'
            && lines[nameTop - 2].Words > 0 && text[LastVisible(text, lines[nameTop - 2])] is '.' or '!' or '?' or '\u061F' or '\u2026')
        {
            return nameTop - 1;
        }

        return dash || (before.Words > 0 && text[LastVisible(text, before)] is '.' or '!' or '?' or '\u061F' or '\u2026') ? nameTop : -1;
    }

    private static bool IsSignatureLine(string text, TextSegment line)
    {
        if (line.Words is 0 or > 4)
        {
            return false;
        }

        var c = text[LastVisible(text, line)];
        return char.IsLetterOrDigit(c) || c is ')' or '\u200C';
    }

    private static bool IsValediction(string text, TextSegment line)
    {
        if (line.Words > MaxSignOffLineWords)
        {
            return false;
        }

        var last = LastVisible(text, line);
        return text[last] is not ('.' or '?' or '\u061F') && StartsWithAny(Trimmed(text, line), ValedictionKeys, maxExtraWords: 2);
    }

    // Greetings and valedictions are short: a longer line is neither, and folding a 1 MiB line would cost megabytes.
    private const int MaxLayoutLineLength = 80;

    private static string Trimmed(string text, TextSegment line)
    {
        var start = FirstVisible(text, line);
        var end = start < 0 ? start : LastVisible(text, line) + 1;
        if (start < 0 || end - start > MaxLayoutLineLength)
        {
            return string.Empty;
        }

        var s = text[start..end];
        return KeyOf(s.TrimStart('-', '\u2013', '\u2014', ' '));
    }

    private static string KeyOf(string s) => Squeeze.KeyOf(PersianFold.FoldToString(s));

    private static bool StartsWithAny(string key, string[] keys, int maxExtraWords = int.MaxValue)
    {
        foreach (var k in keys)
        {
            if (key.StartsWith(k, StringComparison.Ordinal) && (key.Length == k.Length || !Squeeze.IsWordChar(key[k.Length]))
                && Segmenter.CountWords(key, k.Length, key.Length) <= maxExtraWords)
            {
                return true;
            }
        }

        return false;
    }

    private static int FirstVisible(string text, TextSegment line)
    {
        for (var i = line.Start; i < line.End; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static int LastVisible(string text, TextSegment line)
    {
        for (var i = line.End - 1; i >= line.Start; i--)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
