namespace Crm.Core.Lifetime;

/// <summary>One fitted parameter with its asymptotic standard error and 95% confidence interval.</summary>
/// <param name="Name">The parameter name as in the literature and in lifetimes (<c>r</c>, <c>alpha</c>, <c>a</c>, <c>b</c>, <c>s</c>, <c>beta</c>, <c>p</c>, <c>q</c>, <c>gamma</c>).</param>
/// <param name="Value">The maximum-likelihood estimate.</param>
/// <param name="StandardError">
/// The standard error from the inverse of the Hessian of the negative log-likelihood in log-parameter space (central
/// differences of the analytic gradient for BG/NBD, MBG/NBD and Pareto/NBD, second differences of the log-likelihood
/// otherwise, both with Richardson extrapolation), then the delta method; <see langword="null"/> when the Hessian is
/// not positive definite.
/// </param>
public sealed record ParameterEstimate(string Name, double Value, double? StandardError)
{
    /// <summary>The standard normal quantile of 0.975.</summary>
    private const double Z975 = 1.959963984540054;

    /// <summary>
    /// Gets the lower end of the 95% Wald interval computed in log-parameter space, Value · e^(−1.96 · SE / Value): always
    /// positive, like the parameter (a natural-scale interval Value ± 1.96 SE can go below 0 for weakly determined
    /// parameters such as Pareto/NBD β); <see langword="null"/> without a standard error.
    /// </summary>
    public double? Lower95 => StandardError is { } se ? Value * Math.Exp(-Z975 * se / Value) : null;

    /// <summary>Gets the upper end of the 95% log-space Wald interval, Value · e^(1.96 · SE / Value); <see langword="null"/> without a standard error.</summary>
    public double? Upper95 => StandardError is { } se ? Value * Math.Exp(Z975 * se / Value) : null;
}
