using Crm.Core.Customers;

namespace Crm.Core.Lifetime;

/// <summary>Collects customers' (frequency, recency, age) figures and collapses equal ones into weighted rows.</summary>
/// <example>
/// <code>
/// var builder = new RfmSummaryBuilder(TimeUnit.Weeks);
/// builder.Add(2, 30.43, 38.86);
/// builder.Add(0, 0, 38.86);
/// builder.Add(0, 0, 38.86);
/// RfmSummary summary = builder.Build(); // two rows, weights 1 and 2
/// </code>
/// </example>
public sealed class RfmSummaryBuilder
{
    private readonly Dictionary<(int X, double Recency, double Age), double> _weights = [];

    /// <summary>Creates an empty builder.</summary>
    /// <param name="unit">The unit of every recency and age added.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not defined.</exception>
    public RfmSummaryBuilder(TimeUnit unit)
    {
        Unit = Enum.IsDefined(unit) ? unit : throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown time unit.");
    }

    /// <summary>Gets the unit of recency and age.</summary>
    public TimeUnit Unit { get; }

    /// <summary>Gets the number of distinct rows collected so far.</summary>
    public int DistinctRows => _weights.Count;

    /// <summary>Adds a customer (or a weighted group of customers).</summary>
    /// <param name="frequency">The number of repeat purchase days.</param>
    /// <param name="recency">The time from the first to the last purchase.</param>
    /// <param name="age">The time from the first purchase to the end of observation.</param>
    /// <param name="weight">The number of customers (default 1).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The figures are inconsistent; see <see cref="RfmSummaryRow(int, double, double, double)"/>.</exception>
    public RfmSummaryBuilder Add(int frequency, double recency, double age, double weight = 1d) =>
        Add(new RfmSummaryRow(frequency, recency, age, weight));

    /// <summary>Adds a row; its weight is added to an equal row already collected.</summary>
    /// <param name="row">The row; a <c>default</c> row (weight 0) is ignored.</param>
    /// <returns>This builder.</returns>
    public RfmSummaryBuilder Add(RfmSummaryRow row)
    {
        if (row.Weight > 0d)
        {
            var key = (row.Frequency, row.Recency + 0d, row.Age + 0d);
            _weights[key] = _weights.GetValueOrDefault(key) + row.Weight;
        }

        return this;
    }

    /// <summary>Returns the collapsed summary, rows sorted by frequency, recency and age.</summary>
    /// <returns>The summary.</returns>
    public RfmSummary Build()
    {
        var rows = new RfmSummaryRow[_weights.Count];
        var i = 0;
        foreach (var ((x, recency, age), weight) in _weights)
        {
            rows[i++] = new RfmSummaryRow(x, recency, age, weight);
        }

        Array.Sort(rows, static (l, r) =>
        {
            var c = l.Frequency.CompareTo(r.Frequency);
            if (c == 0)
            {
                c = l.Recency.CompareTo(r.Recency);
            }

            return c != 0 ? c : l.Age.CompareTo(r.Age);
        });
        return new RfmSummary(rows, Unit);
    }
}
