namespace Crm.Core.Persian.Internal;

/// <summary>
/// Inserts the standard ZWNJ of <see cref="PersianNormalizer.Normalize(string)"/> after the prefixes «می»/«نمی» and
/// before the suffixes «ها», «های», «هایی», «تر», «ترین». Runs on text that is already letter-folded, with single
/// spaces and line breaks only.
/// </summary>
internal static class DisplayAffixRules
{
    private static readonly string[] Prefixes = ["نمی", "می"];
    private static readonly string[] Suffixes = ["ها", "های", "هایی", "تر", "ترین"];

    /// <summary>Auxiliaries that never take «می»: «ماه می بود» stays as written.</summary>
    private static readonly string[] NonVerbs =
    [
        "بود", "بودم", "بودی", "بودیم", "بودید", "بودند", "است", "هست", "هستم", "هستی", "هستیم", "هستید", "هستند",
        "نیست", "باشد", "باشم", "باشی", "باشیم", "باشید", "باشند",
    ];

    internal static string Apply(string text)
    {
        if (!text.Contains("می", StringComparison.Ordinal) && !text.Contains("ها", StringComparison.Ordinal)
            && !text.Contains("تر", StringComparison.Ordinal))
        {
            return text;
        }

        var lines = text.Split('\n');
        for (var l = 0; l < lines.Length; l++)
        {
            lines[l] = ApplyToLine(lines[l]);
        }

        return string.Join('\n', lines);
    }

    /// <summary>
    /// Three passes, in an order that makes the result idempotent: glued prefixes (per word), detached suffixes
    /// (left to right, so «کتاب ها ها» joins fully), then detached prefixes (right to left, so each decision sees
    /// the final word after it).
    /// </summary>
    private static string ApplyToLine(string line)
    {
        var tokens = new List<string>(line.Split(' '));
        for (var i = 0; i < tokens.Count; i++)
        {
            tokens[i] = JoinGluedPrefix(tokens[i]);
        }

        for (var i = 1; i < tokens.Count;)
        {
            if (IsSuffix(tokens[i]) && EndsWithArabicLetter(tokens[i - 1]))
            {
                tokens[i - 1] = tokens[i - 1] + ArabicLetters.Zwnj + tokens[i];
                tokens.RemoveAt(i);
            }
            else
            {
                i++;
            }
        }

        for (var i = tokens.Count - 2; i >= 0; i--)
        {
            if (IsSeparatePrefix(tokens, i) && LooksLikeVerb(tokens[i + 1]))
            {
                tokens[i] = tokens[i] + ArabicLetters.Zwnj + tokens[i + 1];
                tokens.RemoveAt(i + 1);
            }
        }

        return string.Join(' ', tokens);
    }

    /// <summary>«میشود» → «می‌شود» only for the listed verb forms.</summary>
    private static string JoinGluedPrefix(string token)
    {
        var letters = TrimPunctuation(token, out var lead, out _);
        foreach (var prefix in Prefixes)
        {
            if (letters.StartsWith(prefix, StringComparison.Ordinal) && VerbForms.Contains(letters[prefix.Length..]))
            {
                var at = lead + prefix.Length;
                return string.Concat(token.AsSpan(0, at), "\u200C", token.AsSpan(at));
            }
        }

        return token;
    }

    /// <summary>The token is «می» or «نمی» written as a word (leading punctuation allowed), not the month «می».</summary>
    private static bool IsSeparatePrefix(List<string> tokens, int i)
    {
        var letters = TrimPunctuation(tokens[i], out _, out var trail);
        if (trail > 0 || !(letters.SequenceEqual("می") || letters.SequenceEqual("نمی")))
        {
            return false;
        }

        // «ماه می», «۱۵ می»: the month May.
        var monthContext = i > 0 && (tokens[i - 1] == "ماه" || tokens[i - 1].All(PersianDigits.IsDigit));
        return !(letters.SequenceEqual("می") && monthContext);
    }

    /// <summary>
    /// A Persian word of two letters or more, without ZWNJ (so not a noun with a joined suffix), that ends like a conjugated verb (personal endings م ی د, past stems in
    /// ت/د, «توان» in ن) and is not an auxiliary that never takes «می».
    /// </summary>
    private static bool LooksLikeVerb(string token)
    {
        var letters = TrimPunctuation(token, out var lead, out _);
        if (lead > 0 || letters.Length < 2 || !ArabicLetters.IsArabicLetter(letters[0]))
        {
            return false;
        }

        foreach (var c in letters)
        {
            if (!ArabicLetters.IsArabicLetter(c) && !ArabicLetters.IsArabicMark(c))
            {
                return false;
            }
        }

        var last = letters[^1];
        return last is 'د' or 'م' or 'ی' or 'ت' or 'ن' && !IsOneOf(letters, NonVerbs);
    }

    private static bool IsSuffix(string token)
    {
        var letters = TrimPunctuation(token, out var lead, out _);
        return lead == 0 && IsOneOf(letters, Suffixes);
    }

    private static bool IsOneOf(ReadOnlySpan<char> word, string[] words)
    {
        foreach (var candidate in words)
        {
            if (word.SequenceEqual(candidate))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithArabicLetter(string token) =>
        token.Length > 0 && (ArabicLetters.IsArabicLetter(token[^1]) || ArabicLetters.IsArabicMark(token[^1]));

    private static ReadOnlySpan<char> TrimPunctuation(string token, out int lead, out int trail)
    {
        var span = token.AsSpan();
        lead = 0;
        while (lead < span.Length && !IsLetterLike(span[lead]))
        {
            lead++;
        }

        var end = span.Length;
        while (end > lead && !IsLetterLike(span[end - 1]))
        {
            end--;
        }

        trail = span.Length - end;
        return span[lead..end];
    }

    private static bool IsLetterLike(char c) => char.IsLetterOrDigit(c) || ArabicLetters.IsArabicMark(c) || c == ArabicLetters.Zwnj;
}
