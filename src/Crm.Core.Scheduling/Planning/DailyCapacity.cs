using Ardalis.GuardClauses;
using NodaTime;

namespace Crm.Core.Scheduling;

/// <summary>
/// How much follow-up work an owner can do per day, by weekday: a number of follow-ups or a total effort. A value of 0 on
/// a weekday means the owner does no follow-ups that day.
/// </summary>
public sealed class DailyCapacity
{
    private readonly long[] perDay; // indexed by IsoDayOfWeek; count, or effort in minutes

    private DailyCapacity(CapacityUnit unit, long[] perDay)
    {
        Unit = unit;
        this.perDay = perDay;
    }

    /// <summary>Gets the unit of the capacity.</summary>
    public CapacityUnit Unit { get; }

    /// <summary>Creates a capacity of a number of follow-ups on every weekday.</summary>
    /// <param name="perDay">The number per day, 0 or more.</param>
    /// <returns>The capacity.</returns>
    /// <exception cref="ArgumentException"><paramref name="perDay"/> is negative.</exception>
    /// <example><code>DailyCapacity.Count(20).WithDay(IsoDayOfWeek.Thursday, 8)</code></example>
    public static DailyCapacity Count(int perDay)
    {
        Guard.Against.Negative(perDay);
        return new DailyCapacity(CapacityUnit.Count, Enumerable.Repeat((long)perDay, 8).ToArray());
    }

    /// <summary>Creates a capacity of total effort on every weekday.</summary>
    /// <param name="perDay">The effort per day, at least zero; counted in whole minutes.</param>
    /// <returns>The capacity.</returns>
    /// <exception cref="ArgumentException"><paramref name="perDay"/> is negative.</exception>
    /// <example><code>DailyCapacity.Effort(Duration.FromHours(6))</code></example>
    public static DailyCapacity Effort(Duration perDay)
    {
        Guard.Against.Negative(perDay.TotalMinutes, nameof(perDay));
        return new DailyCapacity(CapacityUnit.Effort, Enumerable.Repeat((long)perDay.TotalMinutes, 8).ToArray());
    }

    /// <summary>Returns a copy with another count on one weekday.</summary>
    /// <param name="day">The weekday.</param>
    /// <param name="count">The number of follow-ups, 0 or more.</param>
    /// <returns>The new capacity.</returns>
    /// <exception cref="InvalidOperationException">The capacity is measured in effort.</exception>
    /// <exception cref="ArgumentException">The day is undefined or the count negative.</exception>
    public DailyCapacity WithDay(IsoDayOfWeek day, int count)
    {
        if (Unit != CapacityUnit.Count)
        {
            throw new InvalidOperationException("This capacity is measured in effort; pass a Duration.");
        }

        Guard.Against.Negative(count);
        return With(day, count);
    }

    /// <summary>Returns a copy with another effort on one weekday.</summary>
    /// <param name="day">The weekday.</param>
    /// <param name="effort">The effort, zero or more.</param>
    /// <returns>The new capacity.</returns>
    /// <exception cref="InvalidOperationException">The capacity is measured in counts.</exception>
    /// <exception cref="ArgumentException">The day is undefined or the effort negative.</exception>
    public DailyCapacity WithDay(IsoDayOfWeek day, Duration effort)
    {
        if (Unit != CapacityUnit.Effort)
        {
            throw new InvalidOperationException("This capacity is measured in counts; pass an int.");
        }

        Guard.Against.Negative(effort.TotalMinutes, nameof(effort));
        return With(day, (long)effort.TotalMinutes);
    }

    /// <summary>Returns the capacity of a weekday: a count, or an effort in whole minutes.</summary>
    /// <param name="day">The weekday.</param>
    /// <returns>The amount in the unit of <see cref="Unit"/> (minutes for effort).</returns>
    public long On(IsoDayOfWeek day) => perDay[(int)day];

    /// <summary>Returns the amount one follow-up takes from this capacity: 1, or its effort in whole minutes.</summary>
    /// <param name="followUp">The follow-up.</param>
    /// <returns>The amount in the unit of <see cref="Unit"/>.</returns>
    public long CostOf(FollowUp followUp)
    {
        Guard.Against.Null(followUp);
        return Unit == CapacityUnit.Count ? 1 : (long)followUp.Effort.TotalMinutes;
    }

    private DailyCapacity With(IsoDayOfWeek day, long amount)
    {
        Guard.Against.OutOfRange((int)day, nameof(day), 1, 7);
        var copy = (long[])perDay.Clone();
        copy[(int)day] = amount;
        return new DailyCapacity(Unit, copy);
    }
}
