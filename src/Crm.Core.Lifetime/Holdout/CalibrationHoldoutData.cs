using Crm.Core.Customers;
using NodaTime;

namespace Crm.Core.Lifetime;

/// <summary>Purchases split at a calibration end date: model inputs for the calibration period and actual holdout counts.</summary>
/// <param name="Customers">Each customer's calibration figures (first purchase on or before the calibration end).</param>
/// <param name="Unit">The unit of every time figure.</param>
/// <param name="CalibrationEnd">The last day of the calibration period (inclusive).</param>
/// <param name="HoldoutEnd">The last day of the holdout period (inclusive).</param>
/// <param name="HoldoutPurchases">Per customer, the number of purchase days in the holdout period (same-day purchases count once).</param>
/// <param name="FirstPurchases">Per customer, the date of the first purchase (ISO calendar).</param>
/// <param name="Errors">Customers that could not be summarised.</param>
public sealed record CalibrationHoldoutData(
    IReadOnlyList<CustomerRfm> Customers,
    TimeUnit Unit,
    LocalDate CalibrationEnd,
    LocalDate HoldoutEnd,
    IReadOnlyDictionary<CustomerCode, int> HoldoutPurchases,
    IReadOnlyDictionary<CustomerCode, LocalDate> FirstPurchases,
    IReadOnlyList<ValidationError> Errors)
{
    /// <summary>
    /// Gets, per customer, the total value of the purchases in the holdout period (0 without one), in the purchases'
    /// currency; empty when the data were not built by <see cref="CalibrationHoldout.Split"/>.
    /// </summary>
    public IReadOnlyDictionary<CustomerCode, decimal> HoldoutSpend { get; init; } = new Dictionary<CustomerCode, decimal>();
}
