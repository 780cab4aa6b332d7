namespace Crm.Core.Customers;

/// <summary>The unit in which per-customer time figures (recency, age) are expressed.</summary>
/// <remarks>Always explicit: no figure uses an implicit 30-day month.</remarks>
public enum TimeUnit
{
    /// <summary>Calendar days.</summary>
    Days = 0,

    /// <summary>Weeks of seven days.</summary>
    Weeks = 1,

    /// <summary>Average Gregorian months of 365.2425 / 12 = 30.436875 days.</summary>
    Months = 2,
}
