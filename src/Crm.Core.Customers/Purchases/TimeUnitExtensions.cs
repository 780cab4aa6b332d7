namespace Crm.Core.Customers;

/// <summary>Conversions for <see cref="TimeUnit"/>.</summary>
public static class TimeUnitExtensions
{
    /// <summary>Returns the number of days in one unit.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>1, 7 or 30.436875.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined value.</exception>
    public static double DaysPerUnit(this TimeUnit unit) => unit switch
    {
        TimeUnit.Days => 1d,
        TimeUnit.Weeks => 7d,
        TimeUnit.Months => 365.2425d / 12d,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown time unit."),
    };

    /// <summary>Converts a number of days into the unit.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="days">A number of days.</param>
    /// <returns><paramref name="days"/> divided by <see cref="DaysPerUnit"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined value.</exception>
    public static double FromDays(this TimeUnit unit, double days) => days / unit.DaysPerUnit();
}
