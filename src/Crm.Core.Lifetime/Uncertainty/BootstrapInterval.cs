using Ardalis.GuardClauses;

namespace Crm.Core.Lifetime;

/// <summary>A bootstrap percentile interval of a parameter or of any quantity computed from the parameters.</summary>
/// <param name="Name">The parameter's name (as in <see cref="ParameterEstimate.Name"/>) or the name given to the quantity.</param>
/// <param name="Estimate">The value at the fitted parameters.</param>
/// <param name="Lower">The lower percentile, (1 − level)/2, of the replicates' values.</param>
/// <param name="Upper">The upper percentile, (1 + level)/2, of the replicates' values.</param>
/// <param name="StandardError">The standard deviation of the replicates' values.</param>
/// <param name="Replicates">The number of finite replicate values the interval comes from.</param>
public sealed record BootstrapInterval(string Name, double Estimate, double Lower, double Upper, double StandardError, int Replicates)
{
    /// <summary>Returns the percentile interval of replicate values.</summary>
    /// <param name="name">The name of the quantity.</param>
    /// <param name="estimate">Its value at the fitted parameters.</param>
    /// <param name="replicates">Its value under each replicate's parameters; values that are not finite are left out.</param>
    /// <param name="confidenceLevel">The coverage, in (0, 1).</param>
    /// <returns>
    /// The interval between the (1 − level)/2 and (1 + level)/2 quantiles, each interpolated linearly between order
    /// statistics (type 7 of Hyndman &amp; Fan, the default of R and NumPy), and the sample standard deviation.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Fewer than two finite values, or the level is not in (0, 1).</exception>
    public static BootstrapInterval FromReplicates(string name, double estimate, IEnumerable<double> replicates, double confidenceLevel)
    {
        Guard.Against.Null(name);
        Guard.Against.Null(replicates);
        Guard.Against.InvalidInput(confidenceLevel, nameof(confidenceLevel), l => l > 0d && l < 1d, "The confidence level must lie strictly between 0 and 1.");
        var values = replicates.Where(double.IsFinite).ToArray();
        Guard.Against.InvalidInput(values, nameof(replicates), v => v.Length >= 2, "At least two finite replicate values are needed.");
        Array.Sort(values);
        var mean = values.Average();
        var variance = values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1);
        return new BootstrapInterval(name, estimate, Quantile(values, (1d - confidenceLevel) / 2d), Quantile(values, (1d + confidenceLevel) / 2d),
            Math.Sqrt(variance), values.Length);
    }

    private static double Quantile(double[] sorted, double probability)
    {
        var position = probability * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((position - below) * (sorted[above] - sorted[below]));
    }
}
