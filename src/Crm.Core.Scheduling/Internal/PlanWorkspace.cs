using System.Buffers;

namespace Crm.Core.Scheduling.Internal;

/// <summary>
/// The working arrays of one planning run, rented from <see cref="ArrayPool{T}.Shared"/> and returned by
/// <see cref="Dispose"/>. The follow-ups are read once, in input order, into flat arrays indexed like the input, so
/// the planning loop touches no follow-up object and looks up no owner name; and repeated runs allocate no large
/// temporary arrays (which would land on the large-object heap and cost full garbage collections).
/// </summary>
internal sealed class PlanWorkspace : IDisposable
{
    private readonly int count;
    private readonly int[] lane;
    private readonly int[] due;
    private readonly int[] priority;
    private readonly long[] cost;
    private readonly bool[] filedUnderMonth;
    private readonly int[] order;
    private readonly int[] placedDay;
    private readonly MoveReason[] reasons;
    private readonly int[] scratchA;
    private readonly int[] scratchB;

    public PlanWorkspace(FollowUp[] items, PlanningHorizon horizon, List<Absence> absences, Func<string, DailyCapacity> capacityOf)
    {
        count = items.Length;
        lane = ArrayPool<int>.Shared.Rent(count);
        due = ArrayPool<int>.Shared.Rent(count);
        priority = ArrayPool<int>.Shared.Rent(count);
        cost = ArrayPool<long>.Shared.Rent(count);
        filedUnderMonth = ArrayPool<bool>.Shared.Rent(count);
        order = ArrayPool<int>.Shared.Rent(count);
        placedDay = ArrayPool<int>.Shared.Rent(count);
        reasons = ArrayPool<MoveReason>.Shared.Rent(count);
        scratchA = ArrayPool<int>.Shared.Rent(count);
        scratchB = ArrayPool<int>.Shared.Rent(count);

        var laneOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var lanes = new List<OwnerLane>();
        var owners = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var item = items[i];
            if (!laneOf.TryGetValue(item.Owner, out var l))
            {
                var owner = item.Owner;
                var ownerAbsences = absences.Where(a => string.Equals(a.Owner, owner, StringComparison.Ordinal)).ToList();
                l = lanes.Count;
                lanes.Add(new OwnerLane(capacityOf(owner), horizon, ownerAbsences));
                laneOf.Add(owner, l);
                owners.Add(owner);
            }

            lane[i] = l;
            due[i] = horizon.IndexOf(item.Due);
            priority[i] = item.Priority;
            cost[i] = lanes[l].Capacity.CostOf(item);
            filedUnderMonth[i] = item.IsFiledUnderMonth;
            placedDay[i] = -1;
            reasons[i] = MoveReason.None;
        }

        // Renumber the lanes in ordinal order of the owners' names, the order of a plan's assignments within a day.
        var names = owners.ToArray();
        var byName = Enumerable.Range(0, names.Length).ToArray();
        Array.Sort(names, byName, StringComparer.Ordinal);
        var renumbered = new int[names.Length];
        for (var r = 0; r < byName.Length; r++)
        {
            renumbered[byName[r]] = r;
        }

        for (var i = 0; i < count; i++)
        {
            lane[i] = renumbered[lane[i]];
        }

        Lanes = byName.Select(l => lanes[l]).ToArray();
    }

    /// <summary>Gets the owners' lanes, in ordinal order of the owners' names.</summary>
    public OwnerLane[] Lanes { get; }

    /// <summary>Gets the index in <see cref="Lanes"/> of each follow-up's owner.</summary>
    public Span<int> Lane => lane.AsSpan(0, count);

    /// <summary>Gets each follow-up's due day as an index into the horizon (negative before it, past the end after it).</summary>
    public Span<int> Due => due.AsSpan(0, count);

    /// <summary>Gets each follow-up's priority, 1–5.</summary>
    public Span<int> Priority => priority.AsSpan(0, count);

    /// <summary>Gets what each follow-up takes from its owner's capacity: 1, or its effort in whole minutes.</summary>
    public Span<long> Cost => cost.AsSpan(0, count);

    /// <summary>Gets whether each follow-up is a dossier filed under a month.</summary>
    public Span<bool> FiledUnderMonth => filedUnderMonth.AsSpan(0, count);

    /// <summary>Gets room for the planning order: the follow-up indices by rank.</summary>
    public Span<int> Order => order.AsSpan(0, count);

    /// <summary>Gets each follow-up's day (an index into the horizon), −1 until it is placed.</summary>
    public Span<int> PlacedDay => placedDay.AsSpan(0, count);

    /// <summary>Gets each follow-up's move reason, <see cref="MoveReason.None"/> until it is placed.</summary>
    public Span<MoveReason> Reasons => reasons.AsSpan(0, count);

    /// <summary>Gets a free array of the size of the input.</summary>
    public Span<int> ScratchA => scratchA.AsSpan(0, count);

    /// <summary>Gets a second free array of the size of the input.</summary>
    public Span<int> ScratchB => scratchB.AsSpan(0, count);

    /// <summary>Returns the arrays to the pool; the spans must not be used afterwards.</summary>
    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(lane);
        ArrayPool<int>.Shared.Return(due);
        ArrayPool<int>.Shared.Return(priority);
        ArrayPool<long>.Shared.Return(cost);
        ArrayPool<bool>.Shared.Return(filedUnderMonth);
        ArrayPool<int>.Shared.Return(order);
        ArrayPool<int>.Shared.Return(placedDay);
        ArrayPool<MoveReason>.Shared.Return(reasons);
        ArrayPool<int>.Shared.Return(scratchA);
        ArrayPool<int>.Shared.Return(scratchB);
    }
}
