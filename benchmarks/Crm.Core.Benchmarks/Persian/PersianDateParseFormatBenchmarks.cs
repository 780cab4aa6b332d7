using System.Globalization;
using BenchmarkDotNet.Attributes;
using Crm.Core.Persian;
using NodaTime;
using NodaTime.Text;

namespace Crm.Core.Benchmarks.Persian;

/// <summary>Parse a yyyy/MM/dd Persian date and format it back, per date (64 dates per invocation).</summary>
[MemoryDiagnoser]
public class PersianDateParseFormatBenchmarks
{
    private const int Count = 64;
    private static readonly LocalDatePattern NodaPattern = LocalDatePattern.CreateWithInvariantCulture("uuuu/MM/dd")
        .WithTemplateValue(new LocalDate(1400, 1, 1, CalendarSystem.PersianAstronomical));

    private string[] ascii = [];
    private string[] persian = [];

    [GlobalSetup]
    public void Setup()
    {
        var start = SolarHijri.Date(1404, 1, 1);
        ascii = Enumerable.Range(0, Count).Select(i => PersianDateFormat.Format(start.PlusDays(i * 11))).ToArray();
        persian = ascii.Select(PersianDigits.ToPersian).ToArray();
    }

    /// <summary>What a user would write: split, int.Parse, new LocalDate, string.Format.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    public int SplitAndIntParse()
    {
        var total = 0;
        foreach (var text in ascii)
        {
            var parts = text.Split('/');
            var date = new LocalDate(int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture),
                int.Parse(parts[2], CultureInfo.InvariantCulture), CalendarSystem.PersianAstronomical);
            total += string.Format(CultureInfo.InvariantCulture, "{0:0000}/{1:00}/{2:00}", date.Year, date.Month, date.Day).Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int NodaTimePattern()
    {
        var total = 0;
        foreach (var text in ascii)
        {
            total += NodaPattern.Format(NodaPattern.Parse(text).Value).Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int PersianDateFormatAscii()
    {
        var total = 0;
        foreach (var text in ascii)
        {
            total += PersianDateFormat.Format(PersianDateFormat.Parse(text)).Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int PersianDateFormatPersianDigits()
    {
        var total = 0;
        foreach (var text in persian)
        {
            total += PersianDateFormat.Format(PersianDateFormat.Parse(text), PersianDateDigits.Persian).Length;
        }

        return total;
    }
}
