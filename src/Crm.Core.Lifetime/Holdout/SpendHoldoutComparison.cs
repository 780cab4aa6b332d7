using Crm.Core.Customers;

namespace Crm.Core.Lifetime;

/// <summary>One customer's expected value per purchase day against the mean value of the holdout purchase days.</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="Frequency">The number of repeat purchase days in the calibration period.</param>
/// <param name="CalibrationMean">The mean value per repeat purchase day in the calibration period (m_x).</param>
/// <param name="Predicted">The Gamma-Gamma expected value per purchase day, E[Z | x, m_x].</param>
/// <param name="HoldoutDays">The number of purchase days in the holdout period (at least 1).</param>
/// <param name="HoldoutMean">The mean value per purchase day in the holdout period.</param>
public sealed record SpendHoldoutRow(CustomerCode CustomerId, int Frequency, double CalibrationMean, double Predicted, int HoldoutDays, double HoldoutMean);

/// <summary>
/// The holdout check of a spend model (see <see cref="CalibrationHoldout.CompareSpend"/>): predicted against actual mean
/// value per purchase day, with the calibration mean itself as the naive prediction to beat.
/// </summary>
/// <param name="Customers">One row per customer compared.</param>
public sealed record SpendHoldoutComparison(IReadOnlyList<SpendHoldoutRow> Customers)
{
    /// <summary>Gets the mean over customers of the predicted value per purchase day (0 without customers).</summary>
    public double MeanPredicted => Customers.Count == 0 ? 0d : Customers.Average(r => r.Predicted);

    /// <summary>Gets the mean over customers of the actual holdout value per purchase day (0 without customers).</summary>
    public double MeanActual => Customers.Count == 0 ? 0d : Customers.Average(r => r.HoldoutMean);

    /// <summary>Gets Σ predicted value per day × holdout purchase days: the predicted holdout revenue given the purchases made.</summary>
    public double TotalPredicted => Customers.Sum(r => r.Predicted * r.HoldoutDays);

    /// <summary>Gets the actual holdout revenue of these customers.</summary>
    public double TotalActual => Customers.Sum(r => r.HoldoutMean * r.HoldoutDays);

    /// <summary>Gets the mean absolute difference between predicted and actual value per purchase day.</summary>
    public double MeanAbsoluteError => Customers.Count == 0 ? 0d : Customers.Average(r => Math.Abs(r.Predicted - r.HoldoutMean));

    /// <summary>Gets the same error for the naive prediction, the calibration mean m_x (what the model's shrinkage towards the population mean improves on).</summary>
    public double CalibrationMeanAbsoluteError => Customers.Count == 0 ? 0d : Customers.Average(r => Math.Abs(r.CalibrationMean - r.HoldoutMean));
}
