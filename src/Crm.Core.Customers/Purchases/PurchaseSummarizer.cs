using Ardalis.GuardClauses;
using NodaTime;

namespace Crm.Core.Customers;

/// <summary>Turns purchases into per-customer figures (<see cref="CustomerSummary"/>) for an as-of date and a time unit.</summary>
public static class PurchaseSummarizer
{
    /// <summary>Summarises purchases per customer.</summary>
    /// <param name="purchases">The purchases, in any order and any NodaTime calendar.</param>
    /// <param name="asOf">The as-of date; purchases after it are counted in <see cref="PurchaseSummary.PurchasesAfterAsOf"/>.</param>
    /// <param name="unit">The unit of recency and age.</param>
    /// <param name="cancellationToken">Stops the work (checked every 65,536 purchases and before sorting); no partial
    /// result is returned.</param>
    /// <returns>The summaries sorted by customer code, and the customers that could not be summarised.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="purchases"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not defined.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static PurchaseSummary Summarize(IEnumerable<Purchase> purchases, LocalDate asOf, TimeUnit unit = TimeUnit.Days, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(purchases);
        Guard.Against.EnumOutOfRange(unit);
        var asOfIso = asOf.WithCalendar(CalendarSystem.Iso);
        var asOfDay = DayNumber(asOfIso);
        var daysPerUnit = unit.DaysPerUnit();

        var index = new Dictionary<CustomerCode, int>();
        var codes = new List<CustomerCode>();
        var keys = new List<long>();
        var amounts = new List<Money>();
        var after = 0;
        long read = 0;
        foreach (var p in purchases)
        {
            if ((++read & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var day = DayNumber(p.Date);
            if (day > asOfDay)
            {
                after++;
                continue;
            }

            if (!index.TryGetValue(p.CustomerId, out var id))
            {
                id = codes.Count;
                index.Add(p.CustomerId, id);
                codes.Add(p.CustomerId);
            }

            keys.Add(((long)id << 32) | (uint)day);
            amounts.Add(p.Amount);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var keyArray = keys.ToArray();
        var amountArray = amounts.ToArray();
        Array.Sort(keyArray, amountArray);

        var summaries = new List<CustomerSummary>(codes.Count);
        var errors = new List<ValidationError>();
        for (var start = 0; start < keyArray.Length;)
        {
            var id = (int)(keyArray[start] >> 32);
            var end = start;
            while (end < keyArray.Length && (int)(keyArray[end] >> 32) == id)
            {
                end++;
            }

            var summary = SummarizeOne(codes[id], keyArray, amountArray, start, end, asOfIso, asOfDay, unit, daysPerUnit, out var error);
            if (summary is not null)
            {
                summaries.Add(summary);
            }
            else
            {
                errors.Add(error!);
            }

            start = end;
        }

        summaries.Sort(static (a, b) => a.CustomerId.CompareTo(b.CustomerId));
        return new PurchaseSummary(summaries, after, errors);
    }

    private static int DayNumber(LocalDate date) =>
        (date.Calendar == CalendarSystem.Iso ? date : date.WithCalendar(CalendarSystem.Iso)).ToDateOnly().DayNumber;

    private static CustomerSummary? SummarizeOne(
        CustomerCode code, long[] keys, Money[] amounts, int start, int end, LocalDate asOf, int asOfDay,
        TimeUnit unit, double daysPerUnit, out ValidationError? error)
    {
        var currency = amounts[start].Currency;
        decimal total = 0, repeatTotal = 0, dayTotal = 0;
        var distinctDays = 0;
        var previousDay = int.MinValue;
        for (var i = start; i < end; i++)
        {
            if (!string.Equals(amounts[i].Currency, currency, StringComparison.Ordinal))
            {
                error = new ValidationError("amount", "purchase.mixed-currency", amounts[i].Currency,
                    $"Rule 'purchase.mixed-currency' failed for value '{amounts[i].Currency}': customer '{code}' has purchases in {currency} and {amounts[i].Currency}; convert them to one currency first.");
                return null;
            }

            var day = (int)(keys[i] & 0xFFFFFFFF);
            if (day != previousDay)
            {
                if (distinctDays > 1)
                {
                    repeatTotal += dayTotal;
                }

                distinctDays++;
                dayTotal = 0;
                previousDay = day;
            }

            dayTotal += amounts[i].Amount;
            total += amounts[i].Amount;
        }

        if (distinctDays > 1)
        {
            repeatTotal += dayTotal;
        }

        var firstDay = (int)(keys[start] & 0xFFFFFFFF);
        var lastDay = (int)(keys[end - 1] & 0xFFFFFFFF);
        var count = end - start;
        error = null;
        return new CustomerSummary
        {
            CustomerId = code,
            AsOf = asOf,
            Unit = unit,
            Purchases = count,
            RepeatPurchaseDays = distinctDays - 1,
            FirstPurchase = LocalDate.FromDateOnly(DateOnly.FromDayNumber(firstDay)),
            LastPurchase = LocalDate.FromDateOnly(DateOnly.FromDayNumber(lastDay)),
            Recency = (lastDay - firstDay) / daysPerUnit,
            Age = (asOfDay - firstDay) / daysPerUnit,
            DaysSinceLastPurchase = asOfDay - lastDay,
            TotalSpend = new Money(total, currency),
            MeanSpend = new Money(total / count, currency),
            MeanRepeatSpend = new Money(distinctDays > 1 ? repeatTotal / (distinctDays - 1) : 0m, currency),
        };
    }
}
