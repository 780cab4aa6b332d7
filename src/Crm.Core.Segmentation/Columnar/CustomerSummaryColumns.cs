using Crm.Core.Customers;
using NodaTime;

namespace Crm.Core.Segmentation;

/// <summary>
/// Per-customer purchase figures at an as-of date, column by column, indexed like <see cref="PurchaseColumns.Customers"/>.
/// The same figures as <see cref="CustomerSummary"/> (see <see cref="ToSummaries"/>).
/// </summary>
public sealed class CustomerSummaryColumns
{
    private readonly int[] _purchases;
    private readonly int[] _repeatDays;
    private readonly int[] _firstDay;
    private readonly int[] _lastDay;
    private readonly decimal[] _total;
    private readonly decimal[] _repeatTotal;
    private readonly byte[] _currency;
    private readonly bool[] _failed;

    internal CustomerSummaryColumns(
        PurchaseColumns source, LocalDate asOf, TimeUnit unit, int[] purchases, int[] repeatDays, int[] firstDay, int[] lastDay,
        decimal[] total, decimal[] repeatTotal, byte[] currency, bool[] failed, int after, IReadOnlyList<ValidationError> errors)
    {
        Customers = source.Customers;
        Currencies = source.Currencies;
        AsOf = asOf;
        Unit = unit;
        _purchases = purchases;
        _repeatDays = repeatDays;
        _firstDay = firstDay;
        _lastDay = lastDay;
        _total = total;
        _repeatTotal = repeatTotal;
        _currency = currency;
        _failed = failed;
        PurchasesAfterAsOf = after;
        Errors = errors;
    }

    /// <summary>Gets the customers; every column is indexed like this list.</summary>
    public IReadOnlyList<CustomerCode> Customers { get; }

    /// <summary>Gets the currencies of the source columns.</summary>
    public IReadOnlyList<string> Currencies { get; }

    /// <summary>Gets the as-of date (ISO calendar).</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the unit of recency and age in <see cref="ToSummaries"/>.</summary>
    public TimeUnit Unit { get; }

    /// <summary>Gets the number of purchases after the as-of date, which are not counted.</summary>
    public int PurchasesAfterAsOf { get; }

    /// <summary>Gets the customers that could not be summarised (mixed currencies), one error each.</summary>
    public IReadOnlyList<ValidationError> Errors { get; }

    /// <summary>Gets the number of purchases on or before the as-of date (0: no purchase yet).</summary>
    public ReadOnlySpan<int> Purchases => _purchases;

    /// <summary>Gets the number of distinct purchase days after the first.</summary>
    public ReadOnlySpan<int> RepeatPurchaseDays => _repeatDays;

    /// <summary>Gets the ISO day number of the first purchase.</summary>
    public ReadOnlySpan<int> FirstPurchaseDay => _firstDay;

    /// <summary>Gets the ISO day number of the last purchase on or before the as-of date.</summary>
    public ReadOnlySpan<int> LastPurchaseDay => _lastDay;

    /// <summary>Gets the total spend.</summary>
    public ReadOnlySpan<decimal> TotalSpend => _total;

    /// <summary>Returns whether customer <paramref name="index"/> has a usable summary (a purchase by the as-of date and one currency).</summary>
    /// <param name="index">An index into <see cref="Customers"/>.</param>
    /// <returns><see langword="true"/> when the customer is summarised.</returns>
    public bool IsSummarized(int index) => _purchases[index] > 0 && !_failed[index];

    /// <summary>Builds the same records as <see cref="PurchaseSummarizer.Summarize"/> for the summarised customers.</summary>
    /// <returns>The summaries, sorted by customer code (ordinal).</returns>
    public IReadOnlyList<CustomerSummary> ToSummaries()
    {
        var asOfDay = AsOf.ToDateOnly().DayNumber;
        var perUnit = Unit.DaysPerUnit();
        var list = new List<CustomerSummary>();
        for (var i = 0; i < Customers.Count; i++)
        {
            if (!IsSummarized(i))
            {
                continue;
            }

            var currency = Currencies[_currency[i]];
            var distinct = _repeatDays[i] + 1;
            list.Add(new CustomerSummary
            {
                CustomerId = Customers[i],
                AsOf = AsOf,
                Unit = Unit,
                Purchases = _purchases[i],
                RepeatPurchaseDays = _repeatDays[i],
                FirstPurchase = LocalDate.FromDateOnly(DateOnly.FromDayNumber(_firstDay[i])),
                LastPurchase = LocalDate.FromDateOnly(DateOnly.FromDayNumber(_lastDay[i])),
                Recency = (_lastDay[i] - _firstDay[i]) / perUnit,
                Age = (asOfDay - _firstDay[i]) / perUnit,
                DaysSinceLastPurchase = asOfDay - _lastDay[i],
                TotalSpend = new Money(_total[i], currency),
                MeanSpend = new Money(_total[i] / _purchases[i], currency),
                MeanRepeatSpend = new Money(distinct > 1 ? _repeatTotal[i] / (distinct - 1) : 0m, currency),
            });
        }

        list.Sort(static (a, b) => a.CustomerId.CompareTo(b.CustomerId));
        return list;
    }
}
