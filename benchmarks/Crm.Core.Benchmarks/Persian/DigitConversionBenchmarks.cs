using System.Text;
using BenchmarkDotNet.Attributes;
using Crm.Core.Persian;

namespace Crm.Core.Benchmarks.Persian;

/// <summary>Persian/Arabic-Indic digits to ASCII on a short identifier-like string.</summary>
[MemoryDiagnoser]
public class DigitConversionBenchmarks
{
    private const string Input = "۰۹۱۲-۳۴۵ ٦٧٨٩ تلفن همراه";

    [Benchmark(Baseline = true)]
    public string StringBuilderReplace()
    {
        var sb = new StringBuilder(Input);
        for (var d = 0; d < 10; d++)
        {
            sb.Replace((char)('۰' + d), (char)('0' + d));
            sb.Replace((char)('٠' + d), (char)('0' + d));
        }

        return sb.ToString();
    }

    [Benchmark]
    public string PersianDigitsToAscii() => PersianDigits.ToAscii(Input);
}
