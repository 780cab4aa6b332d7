using Crm.Core.Persian;

namespace Crm.Core.ToneLint.Internal;

/// <summary>Everything the rules share about one reply, computed once.</summary>
internal sealed class LintContext
{
    private List<TextSegment>? _sentences;
    private List<TextSegment>? _bodySentences;
    private ReplyStructure? _structure;

    public LintContext(ToneLintRequest request, string masked, FoldedText folded, Squeeze squeeze, List<PhraseHit>[] hits,
        ToneLanguage language, CustomerProfile customer, ToneLintOptions options, List<(int Start, int End)> code)
    {
        Code = code;
        Request = request;
        Masked = masked;
        Folded = folded;
        Squeeze = squeeze;
        Hits = hits;
        Language = language;
        Customer = customer;
        Options = options;
    }

    public ToneLintRequest Request { get; }

    /// <summary>The ranges of inline and fenced code in the original text, in order.</summary>
    public List<(int Start, int End)> Code { get; }

    /// <summary>Whether [start, end) overlaps inline or fenced code; the ranges are sorted and disjoint.</summary>
    public bool InCode(int start, int end)
    {
        int lo = 0, hi = Code.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Code[mid].End <= start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo < Code.Count && Code[lo].Start < end;
    }

    public string Original => Request.Text;

    public string Masked { get; }

    public FoldedText Folded { get; }

    public Squeeze Squeeze { get; }

    public ToneLanguage Language { get; }

    public CustomerProfile Customer { get; }

    public ToneLintOptions Options { get; }

    /// <summary>The layout of the reply: greeting line, body, sign-off block.</summary>
    public ReplyStructure Structure => _structure ??= ReplyStructure.Of(Masked);

    /// <summary>Every sentence, greeting and sign-off lines included; a hard-wrapped line does not end a sentence.</summary>
    public List<TextSegment> Sentences => _sentences ??= Segmenter.Sentences(Structure.SentenceSource);

    /// <summary>The sentences of the body: not the greeting line, not the sign-off block.</summary>
    public List<TextSegment> BodySentences => _bodySentences ??= [.. Sentences.Where(s => s.Start >= Structure.BodyStart && s.End <= Structure.BodyEnd)];

    /// <summary>The body's paragraphs by layout (blank lines, and single newlines that are not a hard wrap).</summary>
    public List<TextSegment> Paragraphs => Structure.Paragraphs;

    private List<PhraseHit>[] Hits { get; }

    public List<PhraseHit> HitsOf(LexiconGroup group) => Hits[(int)group];

    /// <summary>Whether a hit of the group lies inside [start, end); hits are sorted and disjoint, so a binary search suffices.</summary>
    public bool AnyHitIn(LexiconGroup group, int start, int end)
    {
        var hits = Hits[(int)group];
        int lo = 0, hi = hits.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (hits[mid].Start < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo < hits.Count && hits[lo].End <= end;
    }

    /// <summary>Whether a hit of the group covers [start, end) (hits are sorted and disjoint).</summary>
    public bool AnyHitCovering(LexiconGroup group, int start, int end)
    {
        var hits = Hits[(int)group];
        int lo = 0, hi = hits.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (hits[mid].End <= start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo < hits.Count && hits[lo].Start <= start && hits[lo].End >= end;
    }

    /// <summary>
    /// Whether a hit stands in a conditional clause: "if", "unless", «اگر», «اگه», «چنانچه», «در صورتی که» between the
    /// start of its clause (after the last comma, semicolon or sentence end, at most 120 characters back) and the hit.
    /// "If you can't reach him, reply here" offers help; it is no refusal.
    /// </summary>
    public bool IsConditional(PhraseHit hit)
    {
        var text = Folded.Text;
        var stop = Math.Max(0, hit.FoldedStart - 120);
        var end = hit.FoldedStart;
        for (var i = hit.FoldedStart - 1; i >= stop; i--)
        {
            var c = text[i];
            if (c is ',' or '\u060C' or ';' or '\u061B' or '.' or '!' or '?' or '\u061F' or '\n' or ':')
            {
                break;
            }

            if (Squeeze.IsWordChar(c) && (i == 0 || !Squeeze.IsWordChar(text[i - 1])))
            {
                var wordEnd = i;
                while (wordEnd < end && Squeeze.IsWordChar(text[wordEnd]))
                {
                    wordEnd++;
                }

                if (IsConditionWord(text.AsSpan(i, wordEnd - i)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsConditionWord(ReadOnlySpan<char> w) =>
        w is "if" or "unless" or "whether" or "\u0627\u06AF\u0631" or "\u0627\u06AF\u0647" or "\u0686\u0646\u0627\u0646\u0686\u0647" or "\u0635\u0648\u0631\u062A\u06CC"
        || w.StartsWith("\u062F\u0631\u0635\u0648\u0631\u062A", StringComparison.Ordinal);

    /// <summary>The last body sentence of four or more words (or the first body sentence): the reply's real ending.</summary>
    public TextSegment? LastContentSentence()
    {
        var s = BodySentences;
        for (var i = s.Count - 1; i >= 0; i--)
        {
            if (s[i].Words >= 4 || i == 0)
            {
                return s[i];
            }
        }

        return null;
    }
}
