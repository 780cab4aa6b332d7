namespace Crm.Core.Lifetime;

/// <summary>One fitted parameter with its asymptotic standard error.</summary>
/// <param name="Name">The parameter name as in the literature and in lifetimes (<c>r</c>, <c>alpha</c>, <c>a</c>, <c>b</c>, <c>s</c>, <c>beta</c>, <c>p</c>, <c>q</c>, <c>gamma</c>).</param>
/// <param name="Value">The maximum-likelihood estimate.</param>
/// <param name="StandardError">
/// The standard error from the inverse of the numerical Hessian of the negative log-likelihood (delta method from
/// log-parameter space); <see langword="null"/> when the Hessian is not positive definite.
/// </param>
public sealed record ParameterEstimate(string Name, double Value, double? StandardError);
