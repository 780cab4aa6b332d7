using Ardalis.GuardClauses;
using Crm.Core.Lifetime.Internal;

namespace Crm.Core.Lifetime;

/// <summary>Fits the Gamma-Gamma spend model (Fader, Hardie &amp; Lee 2005) by maximum likelihood.</summary>
public static class GammaGammaModel
{
    /// <summary>The absolute frequency–spend correlation above which the independence assumption is reported as doubtful (0.3).</summary>
    public const double CorrelationWarningThreshold = 0.3;

    /// <summary>Fits p, q and γ to customers with at least one repeat purchase, and checks the independence assumption.</summary>
    /// <param name="rows">The spend rows (see <see cref="LifetimeData.ToSpendRows"/>).</param>
    /// <param name="options">Optimiser settings; <see cref="FitOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="constrainQAboveOne">
    /// Whether to fit q − 1 instead of q (lifetimes' <c>q_constraint</c>), so that q &gt; 1 and every expected value is
    /// finite; the standard error of q is then that of q − 1 (the same number).
    /// </param>
    /// <returns>The fit, the frequency–spend correlation and whether the population mean exists (q &gt; 1).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is <see langword="null"/>.</exception>
    /// <param name="cancellationToken">Checked at every likelihood evaluation.</param>
    /// <exception cref="ArgumentException"><paramref name="rows"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="FitOptions.MaxDegreeOfParallelism"/> is neither -1 nor positive, or <see cref="FitOptions.Penalizer"/> is negative or not finite.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static GammaGammaFit Fit(IReadOnlyList<SpendSummaryRow> rows, FitOptions? options = null, bool constrainQAboveOne = false,
        CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(rows);
        Guard.Against.InvalidInput(rows, nameof(rows), r => r.Any(row => row.Weight > 0d), "No customer with a repeat purchase to fit.");
        options = (options ?? FitOptions.Default).Validated();
        var valid = rows.Where(r => r.Weight > 0d).ToArray();
        var likelihood = new GammaGammaLikelihood(valid);
        var mean = valid.Sum(r => r.MeanSpend * r.Weight) / likelihood.TotalWeight;
        var starts = Starts.Take(options, 1, [1d, 1d, mean], [5d, 3d, mean * 0.5], [2d, 5d, mean * 2d]);
        var shift = constrainQAboveOne ? 1d : 0d;
        var outcome = MaximumLikelihood.Fit(p => likelihood.Sum(p[0], shift + p[1], p[2]), likelihood.TotalWeight, starts, options, cancellationToken);
        outcome = outcome with { Values = [outcome.Values[0], shift + outcome.Values[1], outcome.Values[2]] };
        var v = outcome.Values;
        var result = Starts.Result(new GammaGammaParameters(v[0], v[1], v[2]), ["p", "q", "gamma"], outcome, likelihood.TotalWeight, likelihood.Count);
        var correlation = Correlation(valid);
        return new GammaGammaFit(result, correlation, !(Math.Abs(correlation) > CorrelationWarningThreshold));
    }

    /// <summary>Returns the weighted Pearson correlation between frequency and mean spend (0 when either does not vary).</summary>
    /// <param name="rows">The spend rows.</param>
    /// <returns>A correlation in [−1, 1].</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is <see langword="null"/>.</exception>
    public static double Correlation(IReadOnlyList<SpendSummaryRow> rows)
    {
        Guard.Against.Null(rows);
        double w = 0, mx = 0, my = 0;
        foreach (var r in rows)
        {
            w += r.Weight;
            mx += r.Weight * r.Frequency;
            my += r.Weight * r.MeanSpend;
        }

        if (w <= 0d)
        {
            return 0d;
        }

        mx /= w;
        my /= w;
        double sxy = 0, sxx = 0, syy = 0;
        foreach (var r in rows)
        {
            var dx = r.Frequency - mx;
            var dy = r.MeanSpend - my;
            sxy += r.Weight * dx * dy;
            sxx += r.Weight * dx * dx;
            syy += r.Weight * dy * dy;
        }

        return sxx > 0d && syy > 0d ? Math.Clamp(sxy / Math.Sqrt(sxx * syy), -1d, 1d) : 0d;
    }
}
