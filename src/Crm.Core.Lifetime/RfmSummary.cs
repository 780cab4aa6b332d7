using Ardalis.GuardClauses;
using Crm.Core.Customers;

namespace Crm.Core.Lifetime;

/// <summary>
/// The input of a buy-till-you-die fit: weighted (frequency, recency, age) rows in one explicit <see cref="TimeUnit"/>.
/// </summary>
/// <remarks>
/// Build one with <see cref="RfmSummaryBuilder"/>, which collapses customers with identical figures into one weighted
/// row, so a million customers become far fewer likelihood terms. Fits give the same result on collapsed and
/// uncollapsed summaries (up to floating-point summation order).
/// </remarks>
public sealed class RfmSummary
{
    internal RfmSummary(IReadOnlyList<RfmSummaryRow> rows, TimeUnit unit)
    {
        Rows = rows;
        Unit = unit;
        var total = 0d;
        foreach (var row in rows)
        {
            total += row.Weight;
        }

        TotalWeight = total;
    }

    /// <summary>Gets the rows (collapsed ones are sorted by frequency, recency and age).</summary>
    public IReadOnlyList<RfmSummaryRow> Rows { get; }

    /// <summary>Gets the unit of recency and age.</summary>
    public TimeUnit Unit { get; }

    /// <summary>Gets the sum of the row weights: the number of customers.</summary>
    public double TotalWeight { get; }

    /// <summary>Creates a summary that keeps every row as given, without collapsing (the naive form).</summary>
    /// <param name="rows">The rows.</param>
    /// <param name="unit">The unit of recency and age.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not defined.</exception>
    public static RfmSummary Uncollapsed(IEnumerable<RfmSummaryRow> rows, TimeUnit unit)
    {
        Guard.Against.Null(rows);
        Guard.Against.EnumOutOfRange(unit);
        return new RfmSummary(rows.Where(static r => r.Weight > 0d).ToArray(), unit);
    }

    /// <summary>Creates a collapsed summary: rows with equal frequency, recency and age are merged and their weights added.</summary>
    /// <param name="rows">The rows.</param>
    /// <param name="unit">The unit of recency and age.</param>
    /// <returns>The collapsed summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not defined.</exception>
    public static RfmSummary Collapse(IEnumerable<RfmSummaryRow> rows, TimeUnit unit)
    {
        Guard.Against.Null(rows);
        var builder = new RfmSummaryBuilder(unit);
        foreach (var row in rows)
        {
            builder.Add(row);
        }

        return builder.Build();
    }

    /// <summary>Expresses the same summary in another time unit (recency and age are rescaled).</summary>
    /// <param name="unit">The target unit.</param>
    /// <returns>The summary in <paramref name="unit"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not defined.</exception>
    public RfmSummary ConvertTo(TimeUnit unit)
    {
        Guard.Against.EnumOutOfRange(unit);
        var factor = Unit.DaysPerUnit() / unit.DaysPerUnit();
        return new RfmSummary(
            Rows.Select(r => new RfmSummaryRow(r.Frequency, r.Recency * factor, r.Age * factor, r.Weight)).ToArray(), unit);
    }
}
