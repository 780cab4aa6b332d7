using Ardalis.GuardClauses;

namespace Crm.Core.Lifetime;

/// <summary>The outcome of a parametric bootstrap: the refitted parameters and percentile intervals.</summary>
/// <typeparam name="TParameters">The model's parameter type.</typeparam>
public sealed class BootstrapResult<TParameters>
    where TParameters : class
{
    internal BootstrapResult(TParameters fitted, IReadOnlyList<string> names, Func<TParameters, double[]> values, IReadOnlyList<TParameters> replicates,
        int requested, double confidenceLevel)
    {
        Fitted = fitted;
        Replicates = replicates;
        Requested = requested;
        ConfidenceLevel = confidenceLevel;
        var estimate = values(fitted);
        Parameters = names.Select((name, i) => BootstrapInterval.FromReplicates(name, estimate[i], replicates.Select(r => values(r)[i]), confidenceLevel)).ToArray();
    }

    /// <summary>Gets the parameters the data were simulated from (the original fit).</summary>
    public TParameters Fitted { get; }

    /// <summary>Gets the parameters refitted on each simulated data set whose fit converged, in replicate order.</summary>
    public IReadOnlyList<TParameters> Replicates { get; }

    /// <summary>Gets the number of replicates simulated.</summary>
    public int Requested { get; }

    /// <summary>Gets the number of replicates whose refit did not converge (left out of every interval).</summary>
    public int Failed => Requested - Replicates.Count;

    /// <summary>Gets the coverage of the intervals.</summary>
    public double ConfidenceLevel { get; }

    /// <summary>Gets one percentile interval per parameter, in the model's usual order (as <see cref="FitResult{TParameters}.Estimates"/>).</summary>
    public IReadOnlyList<BootstrapInterval> Parameters { get; }

    /// <summary>Returns the percentile interval of any quantity computed from the parameters, such as one customer's CLV or P(alive).</summary>
    /// <param name="name">A name for the quantity.</param>
    /// <param name="statistic">The quantity as a function of the parameters.</param>
    /// <returns>The interval, with the quantity at the fitted parameters as its estimate; replicates where it is not finite are left out.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Fewer than two replicates give a finite value.</exception>
    public BootstrapInterval Interval(string name, Func<TParameters, double> statistic)
    {
        Guard.Against.Null(statistic);
        return BootstrapInterval.FromReplicates(name, statistic(Fitted), Replicates.Select(statistic), ConfidenceLevel);
    }
}
