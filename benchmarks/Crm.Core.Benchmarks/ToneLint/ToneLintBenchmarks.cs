using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Crm.Core.ToneLint;
using Crm.Core.ToneLint.Internal.Lexicon;

namespace Crm.Core.Benchmarks.ToneLint;

/// <summary>
/// Lints a 150-word reply with the full rule set. Baseline: what a user would write first, one regex per built-in
/// phrase list (alternation of the escaped phrases, case-insensitive, compiled) run on the unfolded text; it finds
/// only the exact spellings and none of the structural rules.
/// </summary>
[MemoryDiagnoser]
public class ToneLintBenchmarks
{
    private static readonly string[][] Lists =
    [
        NegativeLexicon.Negative, NegativeLexicon.Blaming, NegativeLexicon.Policy, StyleLexicon.Cliche, StyleLexicon.Robotic,
        StyleLexicon.Deflecting, StyleLexicon.Apology, RegisterLexicon.GenericGreeting, FlowLexicon.Vague, FlowLexicon.Referral,
        FlowLexicon.ClosingOffer, RegisterLexicon.DefaultGlossary,
    ];

    private ToneLinter _linter = null!;
    private Regex[] _regexes = null!;
    private ToneLintRequest _request = null!;

    [Params("fa", "en")]
    public string Language { get; set; } = "fa";

    [GlobalSetup]
    public void Setup()
    {
        _linter = new ToneLinter();
        _regexes = [.. Lists.Select(l => new Regex(
            string.Join('|', l.Where(p => !p.StartsWith('!')).Select(p => Regex.Escape(p.Split(" => ")[0]))),
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled))];
        _request = new ToneLintRequest(Language == "fa" ? ToneLintSamples.Persian150 : ToneLintSamples.English150) { CustomerName = "سارا احمدی" };
        _linter.Lint(_request);
    }

    [Benchmark(Baseline = true)]
    public int RegexPerListOnUnfoldedText()
    {
        var count = 0;
        foreach (var r in _regexes)
        {
            count += r.Count(_request.Text);
        }

        return count;
    }

    [Benchmark]
    public int ToneLinterFullRuleSet() => _linter.Lint(_request).Diagnostics.Count;

    /// <summary>
    /// The same lint, then every diagnostic's message, explanation and suggestions read, as a caller that prints or
    /// serialises them does (the linter words a diagnostic on first read).
    /// </summary>
    [Benchmark]
    public int ToneLinterFullRuleSetReadingMessages() => DiagnosticReading.ReadAll(_linter.Lint(_request).Diagnostics);
}
