using System.Globalization;
using System.Text;
using Crm.Core.ToneLint;

namespace Crm.Core.ToneLint.Tests.Corpus;

/// <summary>Per-category precision and recall of the linter over the labelled corpus, at reply level.</summary>
public sealed class CorpusEvaluation
{
    private CorpusEvaluation()
    {
    }

    public Dictionary<ToneCategory, (int Tp, int Fp, int Fn)> Counts { get; } = [];

    public int CleanReplies { get; private set; }

    public int CleanWithFindings { get; private set; }

    /// <summary>Clean replies with a finding at warning or error severity.</summary>
    public int CleanWithWarnings { get; private set; }

    public int Replies { get; private set; }

    /// <summary>Per language prefix of the id ("fa", "en", "multi"): labelled, found among them, clean, clean with any finding.</summary>
    public SortedDictionary<string, (int Labelled, int Found, int Clean, int CleanWithFindings)> ByLanguage { get; } = new(StringComparer.Ordinal);

    public List<string> Mistakes { get; } = [];

    public static CorpusEvaluation Run(ToneLinter linter, IReadOnlyList<LabelledReply> corpus)
    {
        var e = new CorpusEvaluation { Replies = corpus.Count };
        foreach (var c in ToneCategoryIds.All)
        {
            e.Counts[c] = (0, 0, 0);
        }

        foreach (var reply in corpus)
        {
            var result = linter.Lint(reply.ToRequest());
            var found = result.Diagnostics.Select(d => d.Category).ToHashSet();
            var expected = reply.Labels.Select(ToneCategoryIds.Parse).ToHashSet();
            var language = reply.Id[..Math.Max(0, reply.Id.IndexOf('-', StringComparison.Ordinal))];
            var (labelled, hit, clean, cleanWith) = e.ByLanguage.GetValueOrDefault(language);
            e.ByLanguage[language] = (labelled + expected.Count, hit + expected.Count(found.Contains), clean + (expected.Count == 0 ? 1 : 0),
                cleanWith + (expected.Count == 0 && found.Count > 0 ? 1 : 0));
            if (expected.Count == 0)
            {
                e.CleanReplies++;
                e.CleanWithFindings += found.Count > 0 ? 1 : 0;
                e.CleanWithWarnings += result.Diagnostics.Any(d => d.Severity != ToneSeverity.Suggestion) ? 1 : 0;
            }

            foreach (var c in ToneCategoryIds.All)
            {
                var (tp, fp, fn) = e.Counts[c];
                var f = found.Contains(c);
                var x = expected.Contains(c);
                e.Counts[c] = (tp + (f && x ? 1 : 0), fp + (f && !x ? 1 : 0), fn + (!f && x ? 1 : 0));
                if (f != x)
                {
                    e.Mistakes.Add($"{reply.Id}: {(f ? "extra" : "missed")} {ToneCategoryIds.ToId(c)} :: {string.Join(" | ", result.Diagnostics.Where(d => d.Category == c))}");
                }
            }
        }

        return e;
    }

    public static double Ratio(int a, int b) => b == 0 ? 1.0 : (double)a / b;

    private static string Show(int a, int b) => b == 0 ? "–" : ((double)a / b).ToString("0.00", CultureInfo.InvariantCulture);

    public string ToMarkdown()
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine("| Category | Labelled | Found | TP | FP | FN | Precision | Recall |");
        sb.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (c, (tp, fp, fn)) in Counts)
        {
            sb.AppendLine(inv, $"| {ToneCategoryIds.ToId(c)} | {tp + fn} | {tp + fp} | {tp} | {fp} | {fn} | {Show(tp, tp + fp)} | {Show(tp, tp + fn)} |");
        }

        sb.AppendLine();
        sb.AppendLine(inv, $"Replies: {Replies}; clean replies: {CleanReplies}; clean replies with any finding: {CleanWithFindings} ({Ratio(CleanWithFindings, CleanReplies):0.00}); with a warning or error: {CleanWithWarnings} ({Ratio(CleanWithWarnings, CleanReplies):0.00}).");
        sb.AppendLine(inv, $"By language (recall over all labels; clean replies with any finding): {string.Join("; ", ByLanguage.Select(l => $"{l.Key} {Show(l.Value.Found, l.Value.Labelled)} ({l.Value.Found}/{l.Value.Labelled}), {l.Value.CleanWithFindings}/{l.Value.Clean}"))}.");
        return sb.ToString();
    }
}
