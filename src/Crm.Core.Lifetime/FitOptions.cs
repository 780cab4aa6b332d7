namespace Crm.Core.Lifetime;

/// <summary>Settings of a maximum-likelihood fit. The defaults suit every model; none needs changing for CDNOW-sized data.</summary>
public sealed record FitOptions
{
    /// <summary>Gets the default options.</summary>
    public static FitOptions Default { get; } = new();

    /// <summary>Gets the iteration limit of each optimiser run (default 5,000).</summary>
    public int MaxIterations { get; init; } = 5_000;

    /// <summary>
    /// Gets the relative tolerance of the Nelder–Mead simplex on the per-customer negative log-likelihood (default 1e-9),
    /// used by the Gamma-Gamma and BG/BB fits; damped Newton steps polish the optimum afterwards. The BG/NBD, MBG/NBD and
    /// Pareto/NBD fits use their analytic gradients and stop on <see cref="GradientTolerance"/>.
    /// </summary>
    public double Tolerance { get; init; } = 1e-9;

    /// <summary>
    /// Gets the largest absolute gradient of the per-customer negative log-likelihood, in log-parameter space, at which
    /// the fit counts as converged (default 1e-5).
    /// </summary>
    public double GradientTolerance { get; init; } = 1e-5;

    /// <summary>
    /// Gets the number of starting points tried (at least 1; the best optimum is kept), or <see langword="null"/> for the
    /// model's default: 1 for BG/NBD, MBG/NBD and Gamma-Gamma, 2 for Pareto/NBD, whose β is weakly identified, and 2 for BG/BB.
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
    /// Gets how many threads may share each likelihood evaluation of the BG/NBD, MBG/NBD and Pareto/NBD fits: -1 (the
    /// default) for one per processor, or a positive number. The work is split into fixed chunks of rows whose sums are
    /// added in order, so the result is the same for every setting.
    /// </summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>
    /// Gets the coefficient λ of an L2 penalty on the parameters (default 0, none), as lifetimes' <c>penalizer_coef</c>:
    /// the fit minimises the per-customer negative log-likelihood plus λ Σ pᵢ² over the model's natural parameters (for
    /// the Gamma-Gamma fit with <c>constrainQAboveOne</c>, q − 1 in place of q). A small value (0.001 to 0.1) keeps
    /// parameters that these data do not identify from running off to huge values: it shrinks them towards 0 at the cost
    /// of a slightly lower likelihood. <see cref="FitResult{TParameters}.LogLikelihood"/> (and so AIC and BIC) never
    /// includes the penalty; the standard errors come from the curvature of the penalized objective. Compare penalized
    /// fits with each other, not with unpenalized ones, and prefer more data to a larger λ.
    /// </summary>
    public double Penalizer { get; init; }

    /// <summary>Throws when <see cref="MaxDegreeOfParallelism"/> is neither -1 nor positive, or <see cref="Penalizer"/> is
    /// negative or not finite.</summary>
    internal FitOptions Validated()
    {
        if (!(Penalizer >= 0d && double.IsFinite(Penalizer)))
        {
            throw new ArgumentOutOfRangeException(nameof(Penalizer), Penalizer, "Penalizer must be a finite number ≥ 0 (0 for no penalty).");
        }

        if (MaxDegreeOfParallelism is 0 or < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism,
                "MaxDegreeOfParallelism must be -1 (one thread per processor) or a positive number of threads.");
        }

        return this;
    }
}
