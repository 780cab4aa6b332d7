using Crm.Core.Customers;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MathNet.Numerics;

namespace Crm.Core.Lifetime.Tests;

/// <summary>
/// The BG/NBD conditional expectation over the whole parameter space: a + b &lt; 1 (c &lt; 0), a + b = 1 (c = 0) and a ≈ 1,
/// against the exact values and an independent numerical integration of the model's Beta mixture.
/// </summary>
public class BgNbdExpectationTests
{
    [Fact]
    public void ExpectedPurchases_SumOfDropoutShapesBelowOne_MatchesExactValue()
    {
        var model = new BgNbdParameters(0.11, 2.24, 0.31, 0.50, TimeUnit.Weeks);

        Cdnow.AssertRelative(0.564588615532784, model.ExpectedPurchases(30, 0, 0, 1), 1e-10, "E[Y(30) | 0, 0, 1]");
        Cdnow.AssertRelative(0.740560960448527, model.ExpectedPurchasesNewCustomer(30), 1e-10, "E[X(30)]");
    }

    [Fact]
    public void ExpectedPurchasesNewCustomer_SumOfDropoutShapesExactlyOne_IsTheFiniteLimit()
    {
        var model = new BgNbdParameters(0.3, 4, 0.6, 0.4, TimeUnit.Weeks);

        Cdnow.AssertRelative(0.854296091, model.ExpectedPurchasesNewCustomer(30), 1e-9, "E[X(30)]");
        Cdnow.AssertRelative(0.854296091, model.ExpectedPurchases(30, 0, 0, 0), 1e-9, "E[Y(30) | 0, 0, 0]");
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(1 + 5e-7)]
    [InlineData(1 - 5e-7)]
    [InlineData(1 + 9e-4)]
    [InlineData(1 - 2e-3)]
    public void ExpectedPurchases_DropoutShapeNearOne_MatchesIntegralWithoutShifting(double a)
    {
        var model = new BgNbdParameters(0.25, 4.4, a, 2.4, TimeUnit.Weeks);

        foreach (var (x, tx, age) in new[] { (0, 0d, 0d), (0, 0d, 39d), (2, 30d, 39d), (15, 38d, 39d) })
        {
            var expected = model.ProbabilityAlive(x, tx, age) * Reference(model, x, age, 52);
            Cdnow.AssertRelative(expected, model.ExpectedPurchases(52, x, tx, age), 1e-9, $"a={a}, x={x}");
        }
    }

    [Theory]
    [InlineData(0.25, 100)]
    [InlineData(0.25, 10_000)]
    [InlineData(60.0, 10_000)]
    public void ExpectedPurchases_DropoutShapeOneLargeFrequency_IsContinuousInA(double r, int x)
    {
        var atOne = new BgNbdParameters(r, 4.4, 1, 2.4, TimeUnit.Weeks);
        var below = new BgNbdParameters(r, 4.4, 1 - 2e-3, 2.4, TimeUnit.Weeks);
        var above = new BgNbdParameters(r, 4.4, 1 + 2e-3, 2.4, TimeUnit.Weeks);

        var value = atOne.ExpectedPurchases(39, x, 38, 39);
        var interpolated = (below.ExpectedPurchases(39, x, 38, 39) + above.ExpectedPurchases(39, x, 38, 39)) / 2;

        Assert.True(double.IsFinite(value) && value > 0, $"{value}");
        Cdnow.AssertRelative(interpolated, value, 1e-5, "E[Y(39)] at a = 1");
    }

    [Fact]
    public void ExpectedPurchases_DropoutShapeOneAndLargeRate_FallsBackToIntegralNotCancellation()
    {
        var model = new BgNbdParameters(60, 2, 1, 0.3, TimeUnit.Weeks);

        Cdnow.AssertRelative(Reference(model, 0, 0, 20), model.ExpectedPurchasesNewCustomer(20), 1e-8, "E[X(20)]");
    }

    [Property(MaxTest = 300)]
    public Property ExpectedPurchases_RandomParameters_MatchesBetaMixtureIntegral()
    {
        var gen = from r in Gen.Choose(5, 500)
                  from alpha in Gen.Choose(1, 500)
                  from a in Gen.Choose(5, 300)
                  from b in Gen.Choose(5, 500)
                  from x in Gen.Choose(0, 20)
                  from age in Gen.Choose(0, 60)
                  from t in Gen.Choose(1, 1000)
                  select (R: r / 100d, Alpha: alpha / 10d, A: a / 100d, B: b / 100d, X: x, Age: (double)age, T: t / 10d);
        return Prop.ForAll(gen.ToArbitrary(), p =>
        {
            var model = new BgNbdParameters(p.R, p.Alpha, p.A, p.B, TimeUnit.Weeks);
            var recency = p.X == 0 ? 0d : p.Age / 2d;
            var expected = model.ProbabilityAlive(p.X, recency, p.Age) * Reference(model, p.X, p.Age, p.T);
            var actual = model.ExpectedPurchases(p.T, p.X, recency, p.Age);
            return (Math.Abs(actual - expected) <= 1e-7 * expected).Label($"{p}: expected {expected}, got {actual}");
        });
    }

    [Property(MaxTest = 100)]
    public Property ExpectedPurchasesNewCustomer_SumOfDropoutShapesBelowOne_MatchesBetaMixtureIntegral()
    {
        var gen = from r in Gen.Choose(5, 300)
                  from a in Gen.Choose(2, 95)
                  from share in Gen.Choose(1, 99)
                  from t in Gen.Choose(1, 500)
                  select (R: r / 100d, A: a / 100d, B: (1 - (a / 100d)) * share / 100d, T: t / 5d);
        return Prop.ForAll(gen.ToArbitrary(), p =>
        {
            var model = new BgNbdParameters(p.R, 2.24, p.A, p.B, TimeUnit.Weeks);
            var expected = Reference(model, 0, 0, p.T);
            var actual = model.ExpectedPurchasesNewCustomer(p.T);
            return (Math.Abs(actual - expected) <= 1e-7 * expected).Label($"{p}: expected {expected}, got {actual}");
        });
    }

    /// <summary>
    /// E[(1 − (1 + p u)^(−(r+x))) / p] for p ~ Beta(a, b+x), u = t/(α+T): the expectation given alive, integrated over the
    /// dropout probability. Split at p = ½ (and [0, ½] geometrically, away from the pole of the integrand at p = −1/u) and substituted at each end (p = y^(1/a), 1 − p = v^(1/(b+x))) so that both
    /// integrands are bounded, then integrated by tanh-sinh quadrature.
    /// </summary>
    private static double Reference(BgNbdParameters m, int x, double age, double t)
    {
        var u = t / (m.Alpha + age);
        var k = m.R + x;
        var bx = m.B + x;
        // 1 − (1 + p u)^(−k) = 1 − e^(−k ln(1 + p u)), both written out to stay accurate when p u is tiny.
        double H(double p)
        {
            var pu = p * u;
            var log1p = 1d + pu == 1d ? pu : Math.Log(1d + pu) * pu / (1d + pu - 1d);
            var e = Math.Exp(-k * log1p);
            var oneMinus = e == 1d ? k * log1p : (1d - e) * (k * log1p) / -Math.Log(e);
            return p == 0d ? k * u : oneMinus / p;
        }
        var edge = 0.5;
        var low = 0d;
        while (edge * u > 1d / 16d)
        {
            low += Quadrature.TanhSinh(p => H(p) * Math.Pow(p, m.A - 1d) * Math.Pow(1d - p, bx - 1d), edge / 4d, edge);
            edge /= 4d;
        }

        low += Quadrature.TanhSinh(y =>
        {
            var p = Math.Pow(y, 1d / m.A);
            return H(p) * Math.Pow(1d - p, bx - 1d) / m.A;
        }, 0d, Math.Pow(edge, m.A));
        var high = Quadrature.TanhSinh(v =>
        {
            var p = 1d - Math.Pow(v, 1d / bx);
            return H(p) * Math.Pow(p, m.A - 1d) / bx;
        }, 0d, Math.Pow(0.5, bx));
        return (low + high) / Math.Exp(SpecialFunctions.BetaLn(m.A, bx));
    }
}
