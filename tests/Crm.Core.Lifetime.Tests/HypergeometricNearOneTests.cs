using Crm.Core.Customers;
using Crm.Core.Lifetime.Internal;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MathNet.Numerics;

namespace Crm.Core.Lifetime.Tests;

/// <summary>
/// ln 2F1 near z = 1, where the series needs of the order of 1/(1 − z) terms and used to run to its 50-million-term cap
/// (issue 18: a one-row Pareto/NBD fit ran for minutes, and the truncated sum at z = 1 − 1e-9 was ln 18.11 where the
/// closed form gives ln 20.72). References: closed forms, Gauss's value at z = 1, the leading singular term, and the
/// series itself where it still converges.
/// </summary>
public class HypergeometricNearOneTests
{
    [Theory]
    [InlineData(1e-3)]
    [InlineData(1e-6)]
    [InlineData(1e-9)]
    [InlineData(1e-12)]
    [InlineData(1e-15)]
    public void Log2F1_OneOneTwo_MatchesClosedFormNearOne(double oneMinusZ)
    {
        // 2F1(1, 1; 2; z) = −ln(1 − z)/z.
        var z = 1d - oneMinusZ;
        var expected = Math.Log(-Math.Log(1d - z) / z);

        Assert.Equal(expected, Hypergeometric.Log2F1(1, 1, 2, z), 1e-12);
    }

    [Theory]
    [InlineData(2.5, 3.7, 1e-4)]
    [InlineData(0.3, 12.0, 1e-10)]
    [InlineData(40.0, 41.0, 1e-13)]
    public void Log2F1_CEqualsB_IsPowerOfOneMinusZ(double a, double b, double oneMinusZ)
    {
        // 2F1(a, b; b; z) = (1 − z)^(−a): exercises the weight with c − a small and a far above 1.
        var z = 1d - oneMinusZ;

        Assert.Equal(-a * Math.Log(1d - z), Hypergeometric.Log2F1(a, b, b, z), Math.Abs(a * Math.Log(1d - z)) * 1e-12);
    }

    [Property(MaxTest = 300)]
    public Property LogEuler_AgreesWithSeriesWhereTheSeriesConverges()
    {
        // Log2F1 integrates only where the series would be long; here the quadrature itself is compared with the series
        // over shapes from 0.01 to 50 (both sides of 1 at each end of the Beta weight) and z from 0.5 to 0.999.
        var gen = from a in Gen.Choose(1, 5000)
                  from b in Gen.Choose(1, 5000)
                  from gap in Gen.Choose(1, 5000)
                  from z in Gen.Choose(5000, 9990)
                  select (A: a / 100d, B: b / 100d, C: (b + gap) / 100d, Z: z / 10000d);
        return Prop.ForAll(gen.ToArbitrary(), p =>
        {
            var series = Hypergeometric.LogSeries(p.A, p.B, p.C, 1d, p.Z);
            var integral = Hypergeometric.LogEuler(p.A, p.B, p.C, p.Z);
            return (Math.Abs(series - integral) <= 1e-10 * Math.Max(1d, Math.Abs(series))).Label($"{p}: series {series}, integral {integral}");
        });
    }

    [Property(MaxTest = 200)]
    public Property Log2F1_AtOneMinusTinyWithCAboveAPlusB_ApproachesGaussValue()
    {
        // For c > a + b, 2F1(a, b; c; 1) = Γ(c) Γ(c−a−b) / (Γ(c−a) Γ(c−b)); at z = 1 − 1e-13 the gap is below
        // (1 − z)^min(1, c−a−b) times a modest factor.
        var gen = from a in Gen.Choose(1, 2000)
                  from b in Gen.Choose(1, 2000)
                  from gap in Gen.Choose(50, 2000)
                  select (A: a / 100d, B: b / 100d, C: (a + b + gap) / 100d);
        return Prop.ForAll(gen.ToArbitrary(), p =>
        {
            var gauss = SpecialFunctions.GammaLn(p.C) + SpecialFunctions.GammaLn(p.C - p.A - p.B)
                - SpecialFunctions.GammaLn(p.C - p.A) - SpecialFunctions.GammaLn(p.C - p.B);
            var value = Hypergeometric.Log2F1(p.A, p.B, p.C, 1d - 1e-13);
            return (Math.Abs(value - gauss) <= 1e-4).Label($"{p}: Gauss {gauss}, got {value}");
        });
    }

    [Property(MaxTest = 200)]
    public Property Log2F1_AtOneMinusTinyWithCBelowAPlusB_MatchesBothSingularTerms()
    {
        // For c < a + b with a + b − c = g not an integer (A&S 15.3.6):
        // 2F1(a, b; c; z) = Γ(c)Γ(g)/(Γ(a)Γ(b)) (1−z)^(−g) [1 + O(1−z)] + Γ(c)Γ(−g)/(Γ(c−a)Γ(c−b)) [1 + O(1−z)],
        // so at 1 − z ≈ 1e-12 the two leading terms are exact to about 1e-10 relative.
        var gen = from b in Gen.Choose(1, 2000)
                  from c in Gen.Choose(1, 2000)
                  from gap in Gen.Choose(50, 1000).Where(g => g % 100 != 0)
                  select (A: (c - b + gap) / 100d, B: b / 100d, C: c / 100d, Gap: gap / 100d);
        return Prop.ForAll(gen.Where(p => p.A > 0d && p.C > Math.Min(p.A, p.B)).ToArbitrary(), p =>
        {
            var z = 1d - 1e-12;
            var oneMinusZ = 1d - z; // exact (Sterbenz), and not exactly 1e-12
            var singular = SpecialFunctions.GammaLn(p.C) + SpecialFunctions.GammaLn(p.Gap) - SpecialFunctions.GammaLn(p.A)
                - SpecialFunctions.GammaLn(p.B) - (p.Gap * Math.Log(oneMinusZ));
            var regular = SpecialFunctions.Gamma(p.C) * SpecialFunctions.Gamma(-p.Gap) / (SpecialFunctions.Gamma(p.C - p.A) * SpecialFunctions.Gamma(p.C - p.B));
            var reference = singular + Math.Log(1d + (regular * Math.Exp(-singular)));
            var value = Hypergeometric.Log2F1(p.A, p.B, p.C, z);
            return (Math.Abs(value - reference) <= 1e-8).Label($"{p}: reference {reference}, got {value}");
        });
    }

    [Fact]
    public void Log2F1_BeyondDoubleRangeNearOne_StaysFiniteAndAgreesWithPower()
    {
        // 2F1(a, b; b; z) with a = 10,000 at z = 0.999 is e^69077: far beyond double, exact in log space.
        Assert.Equal(-10_000 * Math.Log(1d - 0.999), Hypergeometric.Log2F1(10_000, 10_001, 10_001, 0.999), 1e-6);
    }

    [Fact]
    public void ParetoNbdFit_OneRowFromTheIssue_EndsWithFiniteLikelihood()
    {
        // `ltv fit --model paretonbd` on the summary row 1,1,7.77,29.70 ran for minutes (Log2F1 summing 50M terms).
        var rows = RfmSummary.Collapse([new RfmSummaryRow(1, 7.77, 29.70)], TimeUnit.Weeks);

        var fit = ParetoNbdModel.Fit(rows);

        Assert.True(double.IsFinite(fit.LogLikelihood), $"log-likelihood {fit.LogLikelihood}");
    }

    [Fact]
    public void BgBbResidualTransactions_TinyDiscountRate_MatchesUndiscountedLimitClosely()
    {
        // z = 1/(1 + d) → 1 as d → 0: the series needed ~1/d terms. With γ > 1 the undiscounted sum converges, so halving
        // an already tiny rate changes DERT by O(d) only.
        var model = new BgBbParameters(1.204, 0.750, 2.5, 2.783);

        var small = model.DiscountedExpectedResidualTransactions(3, 5, 6, 1e-9);
        var smaller = model.DiscountedExpectedResidualTransactions(3, 5, 6, 5e-10);

        Assert.True(double.IsFinite(small) && small > 0d, $"DERT {small}");
        Assert.Equal(small, smaller, small * 1e-6);
    }
}
