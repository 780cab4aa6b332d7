namespace Crm.Core.Lifetime;

/// <summary>A Gamma-Gamma fit together with the check of its key assumption.</summary>
/// <param name="Result">The maximum-likelihood fit.</param>
/// <param name="FrequencySpendCorrelation">
/// The weighted Pearson correlation between frequency and mean spend among the customers fitted. The model assumes spend
/// is independent of frequency; a correlation far from 0 means its value predictions are doubtful.
/// </param>
/// <param name="IndependenceAssumptionHolds">Whether |correlation| is at most <see cref="GammaGammaModel.CorrelationWarningThreshold"/>.</param>
public sealed record GammaGammaFit(FitResult<GammaGammaParameters> Result, double FrequencySpendCorrelation, bool IndependenceAssumptionHolds)
{
    /// <summary>
    /// Gets a value indicating whether the fitted q exceeds 1, so that the population mean value p γ / (q − 1) exists.
    /// When it is <see langword="false"/>, customers with p x + q ≤ 1 have no finite expected value (heavy-tailed amounts):
    /// refit with <c>constrainQAboveOne</c>, or check the data.
    /// </summary>
    public bool PopulationMeanExists => Result.Parameters.Q > 1d;
}
