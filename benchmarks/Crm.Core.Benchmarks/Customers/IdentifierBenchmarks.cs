using System.Globalization;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Crm.Core.Customers;

namespace Crm.Core.Benchmarks.Customers;

/// <summary>
/// NationalCode.TryParse on 1,000 mixed inputs (plain ASCII, Persian and Arabic-Indic digits, dashes and spaces,
/// 8-digit codes, bad check digits, wrong lengths, letters), against the Regex + LINQ + int.Parse code a user would
/// write. Figures are per input (OperationsPerInvoke = 1,000).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public partial class IdentifierBenchmarks
{
    private const int Count = 1_000;
    private string[] _inputs = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _inputs = new string[Count];
        for (var i = 0; i < Count; i++)
        {
            var nine = string.Concat(Enumerable.Range(0, 9).Select(_ => (char)('0' + random.Next(10))));
            var valid = Complete(nine);
            _inputs[i] = (i % 10) switch
            {
                0 or 1 or 2 => valid,
                3 => ToScript(valid, '۰'),
                4 => ToScript(valid, '٠'),
                5 => valid[..3] + "-" + valid[3..9] + "-" + valid[9..],
                6 => Complete("00" + nine[2..])[2..],
                7 => nine + (char)('0' + ((valid[9] - '0' + 1) % 10)),
                8 => valid[..7],
                _ => valid[..5] + "x" + valid[6..],
            };
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    public int RegexLinqIntParse()
    {
        var valid = 0;
        foreach (var input in _inputs)
        {
            var ascii = new string(input.Select(c => char.IsDigit(c) ? (char)('0' + (int)char.GetNumericValue(c)) : c).ToArray());
            var text = Separators().Replace(ascii, string.Empty);
            if (!EightToTenDigits().IsMatch(text))
            {
                continue;
            }

            text = text.PadLeft(10, '0');
            if (text.Distinct().Count() == 1 && text != "1111111111")
            {
                continue;
            }

            var digits = text.Select(c => int.Parse(c.ToString(), CultureInfo.InvariantCulture)).ToArray();
            var remainder = Enumerable.Range(0, 9).Sum(i => digits[i] * (10 - i)) % 11;
            if (digits[9] == (remainder < 2 ? remainder : 11 - remainder))
            {
                valid++;
            }
        }

        return valid;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int NationalCodeTryParse()
    {
        var valid = 0;
        foreach (var input in _inputs)
        {
            if (NationalCode.TryParse(input, out _))
            {
                valid++;
            }
        }

        return valid;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int NationalCodeTryParseWithError()
    {
        var valid = 0;
        foreach (var input in _inputs)
        {
            if (NationalCode.TryParse(input, out _, out _))
            {
                valid++;
            }
        }

        return valid;
    }

    private static string Complete(string nine)
    {
        var sum = Enumerable.Range(0, 9).Sum(k => (nine[k] - '0') * (10 - k)) % 11;
        return nine + (char)('0' + (sum < 2 ? sum : 11 - sum));
    }

    private static string ToScript(string ascii, char zero) => new(ascii.Select(c => (char)(zero + (c - '0'))).ToArray());

    [GeneratedRegex(@"[\s-]")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^[0-9]{8,10}$")]
    private static partial Regex EightToTenDigits();
}
