namespace Crm.Core.Lifetime;

/// <summary>
/// The outcome of a maximum-likelihood fit. A fit that does not converge is reported here (<see cref="Converged"/> is
/// <see langword="false"/> and <see cref="Message"/> says why), never thrown.
/// </summary>
/// <typeparam name="TParameters">The model's parameter type.</typeparam>
public sealed class FitResult<TParameters>
    where TParameters : class
{
    internal FitResult(TParameters parameters, IReadOnlyList<ParameterEstimate> estimates, double logLikelihood,
        bool converged, int iterations, int startingPoints, double customers, int rows, string message)
    {
        Parameters = parameters;
        Estimates = estimates;
        LogLikelihood = logLikelihood;
        Converged = converged;
        Iterations = iterations;
        StartingPoints = startingPoints;
        Customers = customers;
        Rows = rows;
        Message = message;
        Internal.FitProvenance.Record(parameters, converged, message);
    }

    /// <summary>Gets the fitted parameters, ready for predictions.</summary>
    public TParameters Parameters { get; }

    /// <summary>Gets each parameter with its standard error, in the model's usual order.</summary>
    public IReadOnlyList<ParameterEstimate> Estimates { get; }

    /// <summary>
    /// Gets the maximised log-likelihood: the weighted sum of per-customer log-likelihoods with every constant term
    /// included, as in Fader and Hardie's spreadsheets, BTYD and lifetimes.
    /// </summary>
    public double LogLikelihood { get; }

    /// <summary>
    /// Gets a value indicating whether the fit converged: a small gradient at the optimum, a positive definite Hessian
    /// there, and every standard error at most <see cref="FitOptions.MaxRelativeStandardError"/> times its parameter.
    /// Parameters of a fit that did not converge are refused by <see cref="ClvCalculator"/> unless the caller passes
    /// <c>allowNotConverged: true</c>.
    /// </summary>
    public bool Converged { get; }

    /// <summary>Gets the total optimiser iterations over all starting points.</summary>
    public int Iterations { get; }

    /// <summary>Gets the number of starting points tried.</summary>
    public int StartingPoints { get; }

    /// <summary>Gets the number of customers (the total weight of the rows).</summary>
    public double Customers { get; }

    /// <summary>Gets the number of likelihood terms (distinct rows after collapsing).</summary>
    public int Rows { get; }

    /// <summary>Gets a sentence describing the convergence.</summary>
    public string Message { get; }

    /// <summary>Returns the parameters when the fit converged.</summary>
    /// <returns><see cref="Parameters"/>.</returns>
    /// <exception cref="InvalidOperationException">The fit did not converge; the message is the fit's <see cref="Message"/>.</exception>
    public TParameters RequireConverged() =>
        Converged ? Parameters : throw new InvalidOperationException($"The fit did not converge: {Message}");

    /// <summary>Gets Akaike's information criterion, 2k − 2 ln L, with k the number of parameters.</summary>
    public double Aic => (2d * Estimates.Count) - (2d * LogLikelihood);

    /// <summary>Gets the Bayesian information criterion, k ln n − 2 ln L, with n = <see cref="Customers"/> (the total weight).</summary>
    public double Bic => (Estimates.Count * Math.Log(Customers)) - (2d * LogLikelihood);
}
