using Ardalis.GuardClauses;
using Crm.Core.Lifetime.Internal;

namespace Crm.Core.Lifetime;

/// <summary>Fits the discrete-time BG/BB model (Fader, Hardie &amp; Shang 2010) by maximum likelihood.</summary>
public static class BgBbModel
{
    /// <summary>Fits α, β, γ and δ to customers' (frequency, recency, periods) rows.</summary>
    /// <param name="rows">The rows; collapsed (weighted) or one per customer, the result is the same.</param>
    /// <param name="options">Optimiser settings; <see cref="FitOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Checked at every likelihood evaluation.</param>
    /// <returns>The fit; <see cref="FitResult{TParameters}.Converged"/> says whether the optimiser converged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="rows"/> has no row with a positive weight.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="FitOptions.MaxDegreeOfParallelism"/> is neither -1 nor positive, or <see cref="FitOptions.Penalizer"/> is negative or not finite.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static FitResult<BgBbParameters> Fit(IReadOnlyList<DiscreteRfmRow> rows, FitOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(rows);
        var valid = rows.Where(r => r.Weight > 0d).ToArray();
        Guard.Against.InvalidInput(valid, nameof(rows), v => v.Length > 0, "No customer to fit.");
        options = (options ?? FitOptions.Default).Validated();
        var total = valid.Sum(r => r.Weight);
        var starts = Starts.Take(options, 2, [1d, 1d, 1d, 1d], [0.5, 0.5, 0.5, 2d], [2d, 2d, 2d, 0.5]);
        var outcome = MaximumLikelihood.Fit(p => BgBbLikelihood.Sum(valid, p[0], p[1], p[2], p[3]), total, starts, options, cancellationToken);
        var v = outcome.Values;
        return Starts.Result(new BgBbParameters(v[0], v[1], v[2], v[3]), ["alpha", "beta", "gamma", "delta"], outcome, total, valid.Length);
    }
}
