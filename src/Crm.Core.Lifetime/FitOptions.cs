namespace Crm.Core.Lifetime;

/// <summary>Settings of a maximum-likelihood fit. The defaults suit every model; none needs changing for CDNOW-sized data.</summary>
public sealed record FitOptions
{
    /// <summary>Gets the default options.</summary>
    public static FitOptions Default { get; } = new();

    /// <summary>Gets the iteration limit of each optimiser run (default 5,000).</summary>
    public int MaxIterations { get; init; } = 5_000;

    /// <summary>Gets the relative tolerance of the Nelder–Mead simplex on the per-customer negative log-likelihood (default 1e-9); damped Newton steps polish the optimum afterwards.</summary>
    public double Tolerance { get; init; } = 1e-9;

    /// <summary>
    /// Gets the largest absolute gradient of the per-customer negative log-likelihood, in log-parameter space, at which
    /// the fit counts as converged (default 1e-5).
    /// </summary>
    public double GradientTolerance { get; init; } = 1e-5;

    /// <summary>
    /// Gets the number of starting points tried (at least 1; the best optimum is kept), or <see langword="null"/> for the
    /// model's default: 1 for BG/NBD and Gamma-Gamma, 2 for Pareto/NBD, whose β is weakly identified.
    /// </summary>
    public int? StartingPoints { get; init; }

    /// <summary>
    /// Gets the largest standard error, as a multiple of its parameter's value, of a fit that counts as converged
    /// (default 10). A larger one means the data do not identify the parameter (BG/NBD on a handful of customers can
    /// reach a ≈ 2.4e6 with a standard error 32 times that), so <see cref="FitResult{TParameters}.Converged"/> is
    /// <see langword="false"/> and the message names the parameter. <see cref="double.PositiveInfinity"/> turns the check off.
    /// </summary>
    public double MaxRelativeStandardError { get; init; } = 10d;

    /// <summary>
    /// Gets the time budget of the optimisation, or <see langword="null"/> (the default) for none. When it runs out the
    /// fit stops with the best point found so far, <see cref="FitResult{TParameters}.Converged"/> is
    /// <see langword="false"/> and the message says so; it is checked between likelihood evaluations.
    /// </summary>
    public TimeSpan? MaxDuration { get; init; }

    /// <summary>
    /// Gets the token that cancels the fit; checked between likelihood evaluations, it makes the fit throw
    /// <see cref="OperationCanceledException"/>.
    /// </summary>
    public CancellationToken CancellationToken { get; init; }
}
