using BenchmarkDotNet.Attributes;
using Crm.Core.Scheduling;

namespace Crm.Core.Benchmarks.Scheduling;

/// <summary>
/// The cost of planning past the official lunar table: the holidays of a year whose lunar months are official (1405)
/// against one whose lunar months are predicted from the crescent (1406), each on a fresh calendar and predictor so
/// nothing is cached, and one month's prediction on its own.
/// </summary>
[MemoryDiagnoser]
public class HolidayYearBenchmarks
{
    private static IranHolidayCalendar Fresh() =>
        new IranHolidayCalendar().WithPredictor(new LunarMonthPredictor(CrescentCriterion.Yallop, LunarMonthPredictor.Default.Threshold));

    /// <summary>A year of official data: rules expanded over the embedded month table.</summary>
    [Benchmark(Baseline = true)]
    public int OfficialYear1405() => Fresh().GetHolidays(1405).Count;

    /// <summary>A year past the table: about a dozen lunar months predicted (eight sites, up to four evenings each).</summary>
    [Benchmark]
    public int PredictedYear1406() => Fresh().GetHolidays(1406).Count;

    /// <summary>One month start predicted from scratch.</summary>
    [Benchmark]
    public int PredictOneMonth() => new LunarMonthPredictor(CrescentCriterion.Yallop, LunarMonthPredictor.Default.Threshold).PredictStart(1449, 1).Day;
}
