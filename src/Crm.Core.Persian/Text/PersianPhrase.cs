using Crm.Core.Persian.Internal;

namespace Crm.Core.Persian;

/// <summary>
/// Matches a Persian phrase in folded text whatever the writer did at morpheme boundaries: ZWNJ, space, nothing,
/// or several ZWNJs; Arabic or Persian letters; diacritics and kashida.
/// </summary>
/// <remarks>
/// <para>The phrase is folded with <see cref="PersianFold"/> and split into segments. Between two segments the text
/// may hold a space, a ZWNJ or nothing, where the phrase has a space or ZWNJ, and where a known suffix (ها, های,
/// هایی, تر, ترین, ام, ای, اند, ایم, اید, ست) ends a word, or the prefix نمی or بی starts one. After the glued prefix
/// «می» only a ZWNJ or nothing is accepted, so Compile("میسال") does not match «ماه می سال»; write the phrase with a
/// ZWNJ or space («می‌شود») to accept «می شود». Prefixes and suffixes are split only when at least two letters of
/// stem remain, so «میز» stays one segment.</para>
/// <para>Matches fall on word boundaries computed here, not with .NET's <c>\b</c> (which counts U+200C as a word
/// character): a letter, digit, combining mark or ZWNJ may not touch either end of a match whose phrase starts or
/// ends with a letter or digit. Compile("نیست") does not match inside «نیستند».</para>
/// <para>The matcher is a hand-written scanner: every candidate start is checked in time proportional to the
/// phrase, without backtracking, so a search is linear in the text for a given phrase.</para>
/// </remarks>
public sealed class PersianPhrase
{
    private readonly string[] segments;
    private readonly PhraseBoundary[] boundaries;
    private readonly bool checkStart;
    private readonly bool checkEnd;

    private PersianPhrase(string phrase, string[] segments, PhraseBoundary[] boundaries)
    {
        Phrase = phrase;
        this.segments = segments;
        this.boundaries = boundaries;
        checkStart = ArabicLetters.IsWordChar(segments[0][0]);
        checkEnd = ArabicLetters.IsWordChar(segments[^1][^1]);
    }

    /// <summary>Gets the phrase as it was given to <see cref="Compile(string)"/>.</summary>
    public string Phrase { get; }

    /// <summary>Compiles a phrase for matching.</summary>
    /// <param name="phrase">The phrase, in any spelling; outer spaces and ZWNJs are ignored.</param>
    /// <returns>The compiled phrase.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="phrase"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="phrase"/> folds to nothing (empty, spaces, controls or marks only).</exception>
    /// <example>
    /// <code>
    /// var phrase = PersianPhrase.Compile("نمی‌شود");
    /// phrase.IsMatch("اینطوری نمي شود!") // true
    /// phrase.IsMatch("نمیشود")           // true
    /// </code>
    /// </example>
    public static PersianPhrase Compile(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var folded = PersianFold.FoldToString(phrase).Trim([' ', ArabicLetters.Zwnj]);
        if (folded.Length == 0)
        {
            throw new ArgumentException(
                $"The phrase '{phrase}' is empty after folding (it holds no letter, digit or symbol).", nameof(phrase));
        }

        var (segments, boundaries) = PhraseCompiler.Compile(folded);
        return new PersianPhrase(phrase, segments, boundaries);
    }

    /// <summary>Finds the non-overlapping matches of the phrase in a folded text, left to right.</summary>
    /// <param name="text">A text folded with <see cref="PersianFold.Fold(string)"/>.</param>
    /// <returns>The matches as spans of <see cref="FoldedText.Text"/> (folded coordinates).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <example><code>PersianPhrase.Compile("کتابها").Matches(PersianFold.Fold("دو كتاب ها")) // [(3, 7)]</code></example>
    public IEnumerable<PhraseMatch> Matches(FoldedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Scan(text.Text);
    }

    /// <summary>Folds a text and returns every match as a span of the original text.</summary>
    /// <param name="original">The text as the user typed it.</param>
    /// <returns>The matches in original coordinates, left to right.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="original"/> is <see langword="null"/>.</exception>
    /// <example><code>PersianPhrase.Compile("نمی‌شود").FindAll("نمـيـ‌شود") // [(0, 8)]</code></example>
    public IReadOnlyList<PhraseMatch> FindAll(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        var folded = PersianFold.Fold(original);
        var result = new List<PhraseMatch>();
        foreach (var match in Scan(folded.Text))
        {
            var (start, length) = folded.ToOriginalSpan(match.Start, match.Length);
            result.Add(new PhraseMatch(start, length));
        }

        return result;
    }

    /// <summary>Tells whether the phrase occurs in a text.</summary>
    /// <param name="original">The text as the user typed it.</param>
    /// <returns><see langword="true"/> when there is at least one match.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="original"/> is <see langword="null"/>.</exception>
    /// <example><code>PersianPhrase.Compile("نیست").IsMatch("آنها نیستند") // false</code></example>
    public bool IsMatch(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        var text = PersianFold.FoldToString(original);
        var from = 0;
        return TryFind(text, ref from, out _);
    }

    /// <summary>Returns the phrase.</summary>
    /// <returns><see cref="Phrase"/>.</returns>
    public override string ToString() => Phrase;

    private IEnumerable<PhraseMatch> Scan(string text)
    {
        var from = 0;
        while (TryFind(text, ref from, out var match))
        {
            yield return match;
        }
    }

    private bool TryFind(string text, ref int from, out PhraseMatch match)
    {
        var first = segments[0];
        while (from <= text.Length - first.Length)
        {
            var found = text.AsSpan(from).IndexOf(first, StringComparison.Ordinal);
            if (found < 0)
            {
                break;
            }

            var start = from + found;
            var end = MatchAt(text, start);
            if (end >= 0)
            {
                match = new PhraseMatch(start, end - start);
                from = end;
                return true;
            }

            from = start + 1;
        }

        from = text.Length + 1;
        match = default;
        return false;
    }

    /// <summary>Returns the end of a match starting at <paramref name="start"/>, or −1.</summary>
    private int MatchAt(string text, int start)
    {
        if (checkStart && start > 0 && ArabicLetters.IsWordChar(text[start - 1]))
        {
            return -1;
        }

        var position = start + segments[0].Length;
        for (var s = 1; s < segments.Length; s++)
        {
            if (position < text.Length)
            {
                var c = text[position];
                if (c == ArabicLetters.Zwnj || (c == ' ' && boundaries[s - 1] == PhraseBoundary.Any))
                {
                    position++;
                }
            }

            if (!text.AsSpan(position).StartsWith(segments[s], StringComparison.Ordinal))
            {
                return -1;
            }

            position += segments[s].Length;
        }

        if (checkEnd && position < text.Length && ArabicLetters.IsWordChar(text[position]))
        {
            return -1;
        }

        return position;
    }
}
