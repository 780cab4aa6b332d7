using NodaTime;

namespace Crm.Core.Customers;

/// <summary>
/// Per-customer purchase figures at an as-of date, in the form used by RFM scoring and by buy-till-you-die
/// lifetime-value models (the <c>frequency</c>, <c>recency</c>, <c>T</c> and <c>monetary_value</c> of lifetimes).
/// </summary>
/// <remarks>Purchases on the same calendar day count as one purchase day. Only purchases on or before the as-of date count.</remarks>
public sealed record CustomerSummary
{
    /// <summary>Gets the customer.</summary>
    public required CustomerCode CustomerId { get; init; }

    /// <summary>Gets the as-of date (ISO calendar) the figures are computed for.</summary>
    public required LocalDate AsOf { get; init; }

    /// <summary>Gets the unit of <see cref="Recency"/> and <see cref="Age"/>.</summary>
    public required TimeUnit Unit { get; init; }

    /// <summary>Gets the number of purchase records.</summary>
    public required int Purchases { get; init; }

    /// <summary>Gets the number of distinct purchase days after the first one (the models' frequency <c>x</c>).</summary>
    public required int RepeatPurchaseDays { get; init; }

    /// <summary>Gets the date of the first purchase (ISO calendar).</summary>
    public required LocalDate FirstPurchase { get; init; }

    /// <summary>Gets the date of the last purchase on or before the as-of date (ISO calendar).</summary>
    public required LocalDate LastPurchase { get; init; }

    /// <summary>Gets the time from the first to the last purchase, in <see cref="Unit"/> (the models' <c>t_x</c>).</summary>
    public required double Recency { get; init; }

    /// <summary>Gets the time from the first purchase to the as-of date, in <see cref="Unit"/> (the models' <c>T</c>).</summary>
    public required double Age { get; init; }

    /// <summary>Gets the whole days from the last purchase to the as-of date (the R of RFM).</summary>
    public required int DaysSinceLastPurchase { get; init; }

    /// <summary>Gets the sum of all purchase amounts.</summary>
    public required Money TotalSpend { get; init; }

    /// <summary>Gets the mean amount per purchase record.</summary>
    public required Money MeanSpend { get; init; }

    /// <summary>
    /// Gets the mean amount per repeat purchase day (day totals, first day excluded): the Gamma-Gamma model's
    /// <c>monetary_value</c>. Zero when there is no repeat purchase.
    /// </summary>
    public required Money MeanRepeatSpend { get; init; }
}
