namespace Crm.Core.Lifetime;

/// <summary>Settings of a parametric bootstrap (see <see cref="ParametricBootstrap"/>).</summary>
public sealed record BootstrapOptions
{
    /// <summary>Gets the default options: 200 replicates, seed 16, 95% intervals.</summary>
    public static BootstrapOptions Default { get; } = new();

    /// <summary>Gets the number of simulated data sets to refit (default 200; at least 2).</summary>
    public int Replicates { get; init; } = 200;

    /// <summary>Gets the seed: the same seed, data and fit give the same replicates on every machine and thread count (default 16).</summary>
    public int Seed { get; init; } = 16;

    /// <summary>Gets the coverage of the percentile intervals, in (0, 1) (default 0.95).</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>
    /// Gets the settings of each refit; its <see cref="FitOptions.MaxDegreeOfParallelism"/> is the number of replicates
    /// refitted at once (each refit then runs on one thread). <see cref="FitOptions.Default"/> when <see langword="null"/>.
    /// </summary>
    public FitOptions? Fit { get; init; }

    /// <summary>Throws when a setting is out of range.</summary>
    internal BootstrapOptions Validated()
    {
        if (Replicates < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(Replicates), Replicates, "A bootstrap needs at least 2 replicates.");
        }

        if (!(ConfidenceLevel > 0d && ConfidenceLevel < 1d))
        {
            throw new ArgumentOutOfRangeException(nameof(ConfidenceLevel), ConfidenceLevel, "The confidence level must lie strictly between 0 and 1.");
        }

        (Fit ?? FitOptions.Default).Validated();
        return this;
    }
}
