using Ardalis.GuardClauses;
using Crm.Core.Customers;
using NodaTime;

namespace Crm.Core.Lifetime;

/// <summary>
/// Tracks cumulative repeat purchases period by period over calibration and holdout, against the model's expectation
/// for each customer since their first purchase (the tracking plot of Fader, Hardie &amp; Lee 2005, figure 2).
/// </summary>
public static class CumulativeTracking
{
    /// <summary>Computes the cumulative tracking curve.</summary>
    /// <param name="model">A fitted model; its unit is the period length (one period = one unit).</param>
    /// <param name="purchases">All purchases (same-day purchases count once; each customer's first day is not a repeat).</param>
    /// <param name="start">The first day of period 1 (ISO calendar), for example 1997-01-01 for CDNOW.</param>
    /// <param name="periods">The number of periods.</param>
    /// <returns>One point per period.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="periods"/> is negative.</exception>
    public static IReadOnlyList<TrackingPoint> Compute(ITransactionModel model, IEnumerable<Purchase> purchases, LocalDate start, int periods)
    {
        Guard.Against.Null(model);
        Guard.Against.Null(purchases);
        Guard.Against.Negative(periods);
        var origin = start.WithCalendar(CalendarSystem.Iso);
        var days = new Dictionary<CustomerCode, SortedSet<int>>();
        foreach (var p in purchases)
        {
            var offset = Period.Between(origin, p.Date.WithCalendar(CalendarSystem.Iso), PeriodUnits.Days).Days;
            if (!days.TryGetValue(p.CustomerId, out var set))
            {
                days[p.CustomerId] = set = [];
            }

            set.Add(offset);
        }

        var unitDays = model.Unit.DaysPerUnit();
        var firsts = days.Values.Select(s => s.Min / unitDays).ToArray();
        var repeats = days.Values.SelectMany(s => s.Skip(1)).Order().ToArray();
        var points = new TrackingPoint[periods];
        var cursor = 0;
        for (var k = 1; k <= periods; k++)
        {
            var endDays = k * unitDays;
            while (cursor < repeats.Length && repeats[cursor] < endDays)
            {
                cursor++;
            }

            var predicted = 0d;
            foreach (var first in firsts)
            {
                if (k > first)
                {
                    predicted += model.ExpectedPurchasesNewCustomer(k - first);
                }
            }

            points[k - 1] = new TrackingPoint(k, origin.PlusDays((int)Math.Ceiling(endDays)), predicted, cursor);
        }

        return points;
    }
}
