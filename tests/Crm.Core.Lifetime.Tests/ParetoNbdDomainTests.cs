using Crm.Core.Customers;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Core.Lifetime.Tests;

/// <summary>The Pareto/NBD hypergeometric terms on both sides of α = β, against the model's defining integral.</summary>
public class ParetoNbdDomainTests
{
    [Property(MaxTest = 300)]
    public Property ProbabilityAlive_RandomParametersEitherSideOfAlphaEqualsBeta_MatchesDropoutTimeIntegral()
    {
        var gen = from r in Gen.Choose(5, 500)
                  from alpha in Gen.Choose(1, 1000)
                  from s in Gen.Choose(5, 500)
                  from beta in Gen.Choose(1, 1000)
                  from x in Gen.Choose(0, 50)
                  from age in Gen.Choose(1, 60)
                  from share in Gen.Choose(0, 10)
                  select (R: r / 100d, Alpha: alpha / 10d, S: s / 100d, Beta: beta / 10d, X: x, Age: (double)age, Tx: x == 0 ? 0d : age * share / 10d);
        return Prop.ForAll(gen.ToArbitrary(), p =>
        {
            var model = new ParetoNbdParameters(p.R, p.Alpha, p.S, p.Beta, TimeUnit.Weeks);
            var expected = ReferenceAlive(p.R, p.Alpha, p.S, p.Beta, p.X, p.Tx, p.Age);
            var actual = model.ProbabilityAlive(p.X, p.Tx, p.Age);
            return (Math.Abs(actual - expected) <= 1e-9 * Math.Max(expected, 1e-300) || Math.Abs((1 - actual) - (1 - expected)) <= 1e-9 * (1 - expected))
                .Label($"{p}: expected {expected:R}, got {actual:R}");
        });
    }

    /// <summary>
    /// P(alive) = 1 / (1 + s ∫_{t_x}^{T} ((α+T)/(α+τ))^(r+x) ((β+T)/(β+τ))^s / (β+τ) dτ): the likelihood of dying at τ in
    /// (t_x, T] relative to being alive at T, from E[λ^x e^(−λτ)] and E[μ e^(−μτ)] under the Gamma mixtures.
    /// </summary>
    private static double ReferenceAlive(double r, double alpha, double s, double beta, int x, double tx, double age)
    {
        if (tx >= age)
        {
            return 1d;
        }

        var integral = Quadrature.TanhSinh(
            tau => Math.Exp(((r + x) * Math.Log((alpha + age) / (alpha + tau))) + (s * Math.Log((beta + age) / (beta + tau)))) / (beta + tau),
            tx, age);
        return 1d / (1d + (s * integral));
    }
}
