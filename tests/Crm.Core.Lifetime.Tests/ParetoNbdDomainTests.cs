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

    [Theory]
    [InlineData(1e-7, 100.0)]
    [InlineData(100.0, 1e-7)]
    [InlineData(0.001, 5.0)]
    [InlineData(5.0, 0.0049)]
    public void ProbabilityAlive_OneRateFarAboveTheOther_IsFiniteAndMatchesTheIntegral(double alpha, double beta)
    {
        var model = new ParetoNbdParameters(0.55, alpha, 0.61, beta, TimeUnit.Weeks);
        foreach (var (x, tx, age) in new[] { (0, 0d, 39d), (1, 0d, 39d), (3, 20d, 39d), (2, 38.9, 39d) })
        {
            var expected = ReferenceAlive(0.55, alpha, 0.61, beta, x, tx, age);
            var actual = model.ProbabilityAlive(x, tx, age);

            Assert.True(Math.Abs(actual - expected) <= 1e-9 * Math.Max(expected, 1 - expected), $"x={x}, t_x={tx}: expected {expected:R}, got {actual:R}");
            Assert.True(double.IsFinite(model.LogLikelihood(RfmSummary.Collapse([new RfmSummaryRow(x, tx, age)], TimeUnit.Weeks))));
        }
    }

    [Theory]
    [InlineData(0, 0.0, 39.0)]
    [InlineData(4, 10.0, 39.0)]
    [InlineData(30, 38.0, 39.0)]
    public void Parts_JustBelowTheSeriesIntegralSwitch_SeriesAndIntegralAgree(int x, double tx, double age)
    {
        // Argument (α−β)/(α+t_x) = 0.9989, just below the switch at 0.999, so Parts still sums the series.
        const double alpha = 10, r = 0.55, s = 0.61;
        var beta = alpha - (0.9989 * (alpha + tx));

        var (part2, part3) = Crm.Core.Lifetime.Internal.ParetoNbdLikelihood.Parts(x, tx, age, r, alpha, s, beta);
        var integral = part2 + Math.Log(s * Crm.Core.Lifetime.Internal.ParetoNbdLikelihood.DropoutIntegral(x, tx, age, r, alpha, s, beta));

        Assert.Equal(part3, integral, 1e-9 * Math.Abs(part3));
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
