using System.Text;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Crm.Core.ToneLint;
using Crm.Core.ToneLint.Internal.Lexicon;

namespace Crm.Core.Benchmarks.ToneLint;

/// <summary>
/// Lints 1 MB of adversarial input: long runs of one letter, nested brackets, thousands of ZWNJs, unclosed quotes,
/// runs of '!' and capitals, and sentence after sentence of value words (the cliché score). Baseline: the per-list regexes of <see cref="ToneLintBenchmarks"/> on the same text.
/// </summary>
[MemoryDiagnoser]
public class ToneLintAdversarialBenchmarks
{
    private ToneLinter _linter = null!;
    private Regex _negative = null!;
    private string _text = null!;

    [Params("letters", "brackets", "zwnj", "mixed", "values")]
    public string Shape { get; set; } = "mixed";

    [GlobalSetup]
    public void Setup()
    {
        _linter = new ToneLinter();
        _negative = new Regex(string.Join('|', NegativeLexicon.Negative.Where(p => !p.StartsWith('!')).Select(Regex.Escape)), RegexOptions.IgnoreCase | RegexOptions.Compiled);
        _text = Build(Shape, 1 << 20);
    }

    [Benchmark(Baseline = true)]
    public int NegativeRegexOnUnfoldedText() => _negative.Count(_text);

    [Benchmark]
    public int ToneLinterFullRuleSet() => _linter.Lint(_text).Diagnostics.Count;

    /// <summary>
    /// The same lint, then every diagnostic's message, explanation and suggestions read, as a caller that prints or
    /// serialises them does (the linter words a diagnostic on first read).
    /// </summary>
    [Benchmark]
    public int ToneLinterFullRuleSetReadingMessages() => DiagnosticReading.ReadAll(_linter.Lint(_text).Diagnostics);

    internal static string Build(string shape, int size)
    {
        var sb = new StringBuilder(size + 64);
        var unit = shape switch
        {
            "letters" => "ی",
            "brackets" => "[{<«\"(",
            "zwnj" => "می\u200C\u200C\u200C",
            // One stock sentence of value words after another: every sentence is a cliché by the value-word score.
            "values" => "Our customers are family and our top priority. ",
            _ => "نمی\u200Cشود {اسم [ «!!! AAAA می\u200C\u200Cشه www.",
        };
        while (sb.Length < size)
        {
            sb.Append(unit);
        }

        return sb.ToString(0, size);
    }
}
