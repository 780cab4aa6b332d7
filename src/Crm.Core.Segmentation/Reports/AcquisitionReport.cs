using System.Globalization;
using Ardalis.GuardClauses;
using Crm.Core.Customers;
using NodaTime;

namespace Crm.Core.Segmentation;

/// <summary>
/// Measures acquisition channels ("measure everything, above all advertising", seed 003): per Persian month, quarter or
/// year of acquisition and per channel, the new customers, their purchases and revenue so far, and their repeat rate.
/// </summary>
public static class AcquisitionReport
{
    /// <summary>Builds the report.</summary>
    /// <param name="customers">The customers; those without an acquisition record, or acquired after the as-of date, are left out.</param>
    /// <param name="purchases">The purchases; only those on or before the as-of date count.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="period">The period to group by.</param>
    /// <returns>One row per period and channel, ordered by period then channel (ordinal).</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IReadOnlyList<AcquisitionReportRow> Build(IEnumerable<Customer> customers, IEnumerable<Purchase> purchases, LocalDate asOf, PersianPeriodKind period)
    {
        Guard.Against.Null(customers);
        Guard.Against.Null(purchases);
        Guard.Against.EnumOutOfRange(period);
        var asOfIso = asOf.WithCalendar(CalendarSystem.Iso);
        var byCustomer = purchases.Where(p => p.Date.WithCalendar(CalendarSystem.Iso) <= asOfIso)
            .GroupBy(p => p.CustomerId)
            .ToDictionary(g => g.Key, g => (Count: g.Count(), Revenue: g.Sum(p => p.Amount.Amount), Days: g.Select(p => p.Date.WithCalendar(CalendarSystem.Iso)).Distinct().Count()));
        return customers
            .Where(c => c.Acquisition is not null && c.Acquisition.Date.WithCalendar(CalendarSystem.Iso) <= asOfIso)
            .GroupBy(c => (Period: Label(c.Acquisition!.Date, period), c.Acquisition!.Channel))
            .Select(g =>
            {
                var stats = g.Select(c => byCustomer.TryGetValue(c.Code, out var s) ? s : default).ToArray();
                var n = stats.Length;
                return new AcquisitionReportRow(g.Key.Period, g.Key.Channel, n, stats.Count(s => s.Count > 0), stats.Sum(s => s.Count),
                    stats.Sum(s => s.Revenue), (double)stats.Count(s => s.Days >= 2) / n);
            })
            .OrderBy(r => r.Period, StringComparer.Ordinal)
            .ThenBy(r => r.Channel, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>Labels the Persian period a date falls in.</summary>
    /// <param name="date">The date, any calendar.</param>
    /// <param name="period">The period kind.</param>
    /// <returns><c>1404/01</c>, <c>1404-Q1</c> or <c>1404</c>.</returns>
    /// <example><code>AcquisitionReport.Label(new LocalDate(2025, 6, 22), PersianPeriodKind.Quarter) // "1404-Q2"</code></example>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the Persian calendar, or
    /// <paramref name="period"/> is not a defined value.</exception>
    public static string Label(LocalDate date, PersianPeriodKind period)
    {
        var p = date.WithCalendar(CalendarSystem.PersianAstronomical);
        var year = p.Year.ToString("0000", CultureInfo.InvariantCulture);
        return period switch
        {
            PersianPeriodKind.Month => year + "/" + p.Month.ToString("00", CultureInfo.InvariantCulture),
            PersianPeriodKind.Quarter => year + "-Q" + (((p.Month - 1) / 3) + 1).ToString(CultureInfo.InvariantCulture),
            PersianPeriodKind.Year => year,
            _ => throw new ArgumentOutOfRangeException(nameof(period), period, "Unknown period kind."),
        };
    }
}
