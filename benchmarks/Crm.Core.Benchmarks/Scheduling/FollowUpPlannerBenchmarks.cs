using BenchmarkDotNet.Attributes;
using Crm.Core.Customers;
using Crm.Core.Persian;
using Crm.Core.Scheduling;
using NodaTime;

namespace Crm.Core.Benchmarks.Scheduling;

/// <summary>Plan 100,000 follow-ups for 50 owners over a year (1404/06/01 + 365 days) with daily capacities.</summary>
[MemoryDiagnoser]
public class FollowUpPlannerBenchmarks
{
    private const int Owners = 50;
    private const int Days = 365;
    private readonly LocalDate start = SolarHijri.Date(1404, 6, 1);
    private FollowUp[] followUps = [];
    private WorkCalendar calendar = null!;
    private FollowUpPlanner planner = null!;

    [Params(100_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1405);
        followUps = Enumerable.Range(0, N).Select(i => new FollowUp(
            "f" + i, CustomerCode.Parse("C" + random.Next(20_000)), "owner" + random.Next(Owners), start.PlusDays(random.Next(-10, Days)),
            FollowUpKind.Call, random.Next(1, 6))).ToArray();
        calendar = new WorkCalendar();
        var options = new FollowUpPlannerOptions { DefaultCapacity = DailyCapacity.Count(12).WithDay(IsoDayOfWeek.Thursday, 5) };
        planner = new FollowUpPlanner(calendar, options);
    }

    /// <summary>What a user would write: sort, then walk forward day by day asking the calendar and a load dictionary.</summary>
    [Benchmark(Baseline = true)]
    public int StraightforwardLoop()
    {
        var load = new Dictionary<(string Owner, LocalDate Day), int>();
        var end = start.PlusDays(Days - 1);
        var placed = 0;
        foreach (var f in followUps.OrderBy(f => f.Priority).ThenBy(f => f.Due))
        {
            var day = f.Due < start ? start : f.Due;
            while (day <= end && (!calendar.IsWorkingDay(day)
                || load.GetValueOrDefault((f.Owner, day)) >= (day.DayOfWeek == IsoDayOfWeek.Thursday ? 5 : 12)))
            {
                day = day.PlusDays(1);
            }

            if (day <= end)
            {
                load[(f.Owner, day)] = load.GetValueOrDefault((f.Owner, day)) + 1;
                placed++;
            }
        }

        return placed;
    }

    [Benchmark]
    public int FollowUpPlanner() => planner.Plan(followUps, start, Days).Assignments.Count;
}
