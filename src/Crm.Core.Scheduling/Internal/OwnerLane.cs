namespace Crm.Core.Scheduling.Internal;

/// <summary>One owner's days in a plan: capacity, use, and a union-find "next day with room" index.</summary>
internal sealed class OwnerLane
{
    private readonly long[] capacity;
    private readonly long[] used;
    private readonly int[] count;
    private readonly int[] parent;
    private readonly bool byCount;

    public OwnerLane(DailyCapacity dailyCapacity, PlanningHorizon horizon, IReadOnlyList<Absence> absences)
    {
        Capacity = dailyCapacity;
        byCount = dailyCapacity.Unit == CapacityUnit.Count;
        var days = horizon.Days;
        capacity = new long[days];
        used = new long[days];
        count = new int[days];
        parent = new int[days + 1];
        Away = new bool[days];
        foreach (var absence in absences)
        {
            for (var d = Math.Max(0, horizon.IndexOf(absence.From)); d <= Math.Min(days - 1, horizon.IndexOf(absence.To)); d++)
            {
                Away[d] = true;
            }
        }

        for (var d = 0; d < days; d++)
        {
            capacity[d] = horizon.Status[d] == DayStatus.WorkingDay && !Away[d] ? dailyCapacity.On(horizon.DaysOfWeek[d]) : 0;
            parent[d] = capacity[d] > 0 ? d : d + 1;
        }

        parent[days] = days;
    }

    public DailyCapacity Capacity { get; }

    public bool[] Away { get; }

    public int Days => capacity.Length;

    public bool IsOpen(int day) => capacity[day] > 0;

    public int CountOn(int day) => count[day];

    /// <summary>Returns the first day at or after <paramref name="day"/> that has room for <paramref name="cost"/>, or <see cref="Days"/>.</summary>
    public int FirstFit(int day, long cost)
    {
        var d = Find(day);
        while (d < Days && !Fits(d, cost))
        {
            d = Find(d + 1);
        }

        return d;
    }

    public bool Fits(int day, long cost) =>
        capacity[day] > 0 && (byCount
            ? count[day] < capacity[day]
            : used[day] + cost <= capacity[day] || count[day] == 0);

    public void Place(int day, long cost)
    {
        count[day]++;
        used[day] += cost;
        if (byCount ? count[day] >= capacity[day] : used[day] >= capacity[day])
        {
            parent[day] = day + 1;
        }
    }

    private int Find(int day)
    {
        var root = day;
        while (parent[root] != root)
        {
            root = parent[root];
        }

        while (parent[day] != root)
        {
            (parent[day], day) = (root, parent[day]);
        }

        return root;
    }
}
