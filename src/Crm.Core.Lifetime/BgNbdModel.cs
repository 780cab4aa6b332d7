using Ardalis.GuardClauses;
using Crm.Core.Lifetime.Internal;

namespace Crm.Core.Lifetime;

/// <summary>Fits the BG/NBD model (Fader, Hardie &amp; Lee 2005) by maximum likelihood.</summary>
public static class BgNbdModel
{
    /// <summary>Fits r, α, a and b to a summary, in the summary's time unit.</summary>
    /// <param name="summary">The customers' (frequency, recency, age) rows; collapsed or not, the result is the same.</param>
    /// <param name="options">Optimiser settings; <see cref="FitOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The fit; <see cref="FitResult{TParameters}.Converged"/> says whether the optimiser converged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> is <see langword="null"/>.</exception>
    /// <param name="cancellationToken">Checked at every likelihood evaluation.</param>
    /// <exception cref="ArgumentException"><paramref name="summary"/> has no rows.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="FitOptions.MaxDegreeOfParallelism"/> is neither -1 nor positive, or <see cref="FitOptions.Penalizer"/> is negative or not finite.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static FitResult<BgNbdParameters> Fit(RfmSummary summary, FitOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(summary);
        Guard.Against.InvalidInput(summary, nameof(summary), s => s.Rows.Count > 0, "The summary has no customers.");
        options = (options ?? FitOptions.Default).Validated();
        var data = RowIndex.From(summary.Rows);
        var scale = Starts.TimeScale(summary);
        var starts = Starts.Take(options, 1, [1d, scale, 1d, 1d], [0.3, scale / 4d, 0.8, 2.5], [2d, scale * 2d, 0.5, 0.5]);
        var gradient = new BetaGeometricGradient(data, modified: false, options.MaxDegreeOfParallelism);
        var coarse = data.Coarsened() is { } rows ? new BetaGeometricGradient(rows, modified: false, options.MaxDegreeOfParallelism) : null;
        var outcome = MaximumLikelihood.Fit(
            p => BgNbdLikelihood.Sum(data, p[0], p[1], p[2], p[3]),
            (p, g) => gradient.Evaluate(p[0], p[1], p[2], p[3], g),
            data.TotalWeight, starts, options, cancellationToken,
            coarse is null ? null : (p, g) => coarse.Evaluate(p[0], p[1], p[2], p[3], g));
        var v = outcome.Values;
        var parameters = new BgNbdParameters(v[0], v[1], v[2], v[3], summary.Unit);
        return Starts.Result(parameters, ["r", "alpha", "a", "b"], outcome, data);
    }
}
