using Crm.Core.Persian;

namespace Crm.Core.ToneLint.Internal;

/// <summary>Everything the rules share about one reply, computed once.</summary>
internal sealed class LintContext
{
    private List<TextSegment>? _sentences;
    private List<TextSegment>? _paragraphs;

    public LintContext(ToneLintRequest request, string masked, FoldedText folded, Squeeze squeeze, List<PhraseHit>[] hits,
        ToneLanguage language, CustomerProfile customer, ToneLintOptions options)
    {
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

    public string Original => Request.Text;

    public string Masked { get; }

    public FoldedText Folded { get; }

    public Squeeze Squeeze { get; }

    public ToneLanguage Language { get; }

    public CustomerProfile Customer { get; }

    public ToneLintOptions Options { get; }

    public List<TextSegment> Sentences => _sentences ??= Segmenter.Sentences(Masked);

    public List<TextSegment> Paragraphs => _paragraphs ??= Segmenter.Paragraphs(Masked);

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

    /// <summary>The last sentence that is not a sign-off line (a short line without a verb-like ending).</summary>
    public TextSegment? LastContentSentence()
    {
        var s = Sentences;
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
