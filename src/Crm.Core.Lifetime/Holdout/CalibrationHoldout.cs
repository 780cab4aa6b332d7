using Ardalis.GuardClauses;
using Crm.Core.Customers;
using NodaTime;

namespace Crm.Core.Lifetime;

/// <summary>Builds calibration summaries from purchases and compares model predictions with the holdout period.</summary>
public static class CalibrationHoldout
{
    /// <summary>Splits purchases at <paramref name="calibrationEnd"/>: figures up to it, purchase-day counts after it.</summary>
    /// <param name="purchases">The purchases, any order and calendar.</param>
    /// <param name="calibrationEnd">The last day of the calibration period (inclusive), for example 1997-09-30 for CDNOW.</param>
    /// <param name="holdoutEnd">The last day of the holdout period (inclusive); purchases after it are ignored.</param>
    /// <param name="unit">The unit of recency and age.</param>
    /// <returns>The calibration figures and holdout counts. Customers whose first purchase is after the calibration end are left out.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="purchases"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="holdoutEnd"/> is before <paramref name="calibrationEnd"/>.</exception>
    public static CalibrationHoldoutData Split(IEnumerable<Purchase> purchases, LocalDate calibrationEnd, LocalDate holdoutEnd, TimeUnit unit)
    {
        Guard.Against.Null(purchases);
        var end = calibrationEnd.WithCalendar(CalendarSystem.Iso);
        var last = holdoutEnd.WithCalendar(CalendarSystem.Iso);
        Guard.Against.InvalidInput(last, nameof(holdoutEnd), d => d >= end, "The holdout must end on or after the calibration end.");
        var list = purchases as IReadOnlyCollection<Purchase> ?? purchases.ToArray();
        var summary = PurchaseSummarizer.Summarize(list, end, unit);
        var holdoutDays = new Dictionary<CustomerCode, HashSet<LocalDate>>();
        var holdoutSpend = new Dictionary<CustomerCode, decimal>();
        foreach (var p in list)
        {
            var day = p.Date.WithCalendar(CalendarSystem.Iso);
            if (day > end && day <= last)
            {
                if (!holdoutDays.TryGetValue(p.CustomerId, out var days))
                {
                    holdoutDays[p.CustomerId] = days = [];
                }

                days.Add(day);
                holdoutSpend[p.CustomerId] = holdoutSpend.GetValueOrDefault(p.CustomerId) + p.Amount.Amount;
            }
        }

        var customers = LifetimeData.FromPurchaseSummary(summary);
        var holdout = customers.ToDictionary(c => c.CustomerId, c => holdoutDays.TryGetValue(c.CustomerId, out var d) ? d.Count : 0);
        var spend = customers.ToDictionary(c => c.CustomerId, c => holdoutSpend.GetValueOrDefault(c.CustomerId));
        var first = summary.Customers.ToDictionary(c => c.CustomerId, c => c.FirstPurchase);
        return new CalibrationHoldoutData(customers, unit, end, last, holdout, first, summary.Errors) { HoldoutSpend = spend };
    }

    /// <summary>
    /// Compares, per customer, the Gamma-Gamma expected value per purchase day with the mean value of the customer's
    /// purchase days in the holdout period: the holdout check of the spend model.
    /// </summary>
    /// <param name="spend">The spend model fitted on the calibration period.</param>
    /// <param name="data">The calibration/holdout split.</param>
    /// <returns>
    /// One row per customer with at least one repeat purchase and a positive mean value in the calibration period (the
    /// customers a Gamma-Gamma fit uses), at least one purchase day in the holdout period, and a finite expected value
    /// (p x + q &gt; 1). Customers without calibration spend get only the population mean from the model and are left out.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static SpendHoldoutComparison CompareSpend(GammaGammaParameters spend, CalibrationHoldoutData data)
    {
        Guard.Against.Null(spend);
        Guard.Against.Null(data);
        var rows = new List<SpendHoldoutRow>();
        foreach (var c in data.Customers)
        {
            var days = data.HoldoutPurchases.GetValueOrDefault(c.CustomerId);
            if (c.Frequency < 1 || c.MonetaryValue is not > 0d || days < 1 || !spend.HasMeanValue(c.Frequency))
            {
                continue;
            }

            var total = (double)data.HoldoutSpend.GetValueOrDefault(c.CustomerId);
            rows.Add(new SpendHoldoutRow(c.CustomerId, c.Frequency, c.MonetaryValue.Value,
                spend.ConditionalExpectedAverageValue(c.Frequency, c.MonetaryValue.Value), days, total / days));
        }

        return new SpendHoldoutComparison(rows);
    }

    /// <summary>Compares, per customer, the purchases predicted for the holdout period with the actual ones.</summary>
    /// <param name="model">A fitted model in the data's unit (converted otherwise).</param>
    /// <param name="data">The calibration/holdout split.</param>
    /// <returns>Per-customer predicted and actual counts and their totals.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static HoldoutComparison Compare(ITransactionModel model, CalibrationHoldoutData data)
    {
        Guard.Against.Null(model);
        Guard.Against.Null(data);
        var length = (Period.Between(data.CalibrationEnd, data.HoldoutEnd, PeriodUnits.Days).Days) / data.Unit.DaysPerUnit();
        var factor = data.Unit.DaysPerUnit() / model.Unit.DaysPerUnit();
        var rows = data.Customers.Select(c => new HoldoutRow(
            c.CustomerId,
            model.ExpectedPurchases(length * factor, c.Frequency, c.Recency * factor, c.Age * factor),
            data.HoldoutPurchases.GetValueOrDefault(c.CustomerId))).ToArray();
        return new HoldoutComparison(rows, rows.Sum(r => r.Predicted), rows.Sum(r => r.Actual), length);
    }
}
