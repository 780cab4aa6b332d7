using Crm.Core.Lifetime;

namespace Crm.Sample.Host.Commands;

/// <summary>What the lifetime-value section of <c>demo</c> computes: the simulated customers, the fitted models, the 52-week
/// CLV of each customer and the value tiers.</summary>
internal sealed record LifetimeDemoFit(
    CustomerRfm[] Customers,
    RfmSummary Summary,
    FitResult<BgNbdParameters> BgNbd,
    FitResult<ParetoNbdParameters> ParetoNbd,
    GammaGammaFit Spend,
    IReadOnlyList<ClvRow> Predictions,
    IReadOnlyList<ValueTier> Tiers);
