using Crm.Core.Customers;
using MathNet.Numerics;

namespace Crm.Core.Lifetime.Tests;

public class MbgNbdModelTests
{
    // BTYDplus' MBG/NBD fit on lifetimes' CDNOW summary, as asserted by lifetimes' test_params_out_is_close_to_BTYDplus.
    private static readonly MbgNbdParameters Published = new(0.525, 6.183, 0.891, 1.614, TimeUnit.Weeks);

    [Fact]
    public void Fit_LifetimesCdnowSummary_ReproducesBtydPlusParameters()
    {
        var fit = MbgNbdModel.Fit(Cdnow.RoundedWeeks());

        Assert.True(fit.Converged, fit.Message);
        // lifetimes asserts decimal=3: |difference| < 1.5e-3.
        Assert.InRange(fit.Parameters.R, 0.525 - 1.5e-3, 0.525 + 1.5e-3);
        Assert.InRange(fit.Parameters.Alpha, 6.183 - 1.5e-3, 6.183 + 1.5e-3);
        Assert.InRange(fit.Parameters.A, 0.891 - 1.5e-3, 0.891 + 1.5e-3);
        Assert.InRange(fit.Parameters.B, 1.614 - 1.5e-3, 1.614 + 1.5e-3);
        Assert.All(fit.Estimates, e => Assert.True(e.StandardError > 0, e.Name));
        // Hardie's spreadsheet value quoted by lifetimes, with its tolerance.
        Assert.InRange(fit.Parameters.ExpectedPurchases(39, 2, 30.43, 38.86), 1.226 - 0.05, 1.226 + 0.05);
    }

    [Fact]
    public void LogLikelihood_MatchesPerCustomerFormula()
    {
        var summary = Cdnow.RoundedWeeks();
        double r = Published.R, alpha = Published.Alpha, a = Published.A, b = Published.B;
        var expected = summary.Rows.Sum(row =>
        {
            var x = row.Frequency;
            var ll = SpecialFunctions.GammaLn(r + x) - SpecialFunctions.GammaLn(r) + (r * Math.Log(alpha))
                + SpecialFunctions.BetaLn(a, b + x + 1) - SpecialFunctions.BetaLn(a, b);
            var inner = Math.Pow(alpha + row.Age, -(r + x)) + (a / (b + x) * Math.Pow(alpha + row.Recency, -(r + x)));
            return row.Weight * (ll + Math.Log(inner));
        });

        Assert.Equal(expected, Published.LogLikelihood(summary), 1e-6);
    }

    [Fact]
    public void Expectations_PublishedParameters_MatchHighPrecisionValues()
    {
        // mpmath at 30 digits: b/(a−1)[1 − (α/(α+t))^r 2F1(r, b+1; a+b; t/(α+t))] and the conditional formula.
        Cdnow.AssertRelative(1.80475757755314165, Published.ExpectedPurchasesNewCustomer(78), 1e-12, "E[X(78)]");
        Cdnow.AssertRelative(0.00778312371554849, Published.ExpectedPurchasesNewCustomer(0.1429), 1e-12, "E[X(0.1429)]");
        Cdnow.AssertRelative(1.26296062326736568, Published.ExpectedPurchases(39, 2, 30.43, 38.86), 1e-12, "E[Y(39) | 2, 30.43, 38.86]");
    }

    [Fact]
    public void ProbabilityAlive_NoRepeatPurchase_IsBelowOne()
    {
        Assert.Equal(1 / (1 + (0.891 / 1.614 * Math.Pow((6.183 + 39) / 6.183, 0.525))), Published.ProbabilityAlive(0, 0, 39), 1e-14);
    }

    [Theory]
    [InlineData(0, 0, 0, 39)]
    [InlineData(0, 0, 39, 39)]
    [InlineData(2, 30.43, 38.86, 39)]
    [InlineData(10, 35, 38, 100)]
    public void ProbabilityOfPurchases_SumsToOneWithTheExpectationAsMean(int x, double tx, double age, double t)
    {
        var conditional = Enumerable.Range(0, 800).Select(n => Published.ProbabilityOfPurchases(n, t, x, tx, age)).ToArray();
        Assert.Equal(1d, conditional.Sum(), 1e-8);
        Assert.Equal(Published.ExpectedPurchases(t, x, tx, age), conditional.Select((p, n) => p * n).Sum(), 1e-7);

        var fresh = Enumerable.Range(0, 800).Select(n => Published.ProbabilityOfPurchases(n, t)).ToArray();
        Assert.Equal(1d, fresh.Sum(), 1e-8);
        Assert.Equal(Published.ExpectedPurchasesNewCustomer(t), fresh.Select((p, n) => p * n).Sum(), 1e-7);
    }

    [Fact]
    public void ConvertTo_Days_SamePredictions()
    {
        var days = Published.ConvertTo(TimeUnit.Days);

        Assert.Equal(Published.ExpectedPurchases(39, 2, 30.43, 38.86), days.ExpectedPurchases(39 * 7, 2, 30.43 * 7, 38.86 * 7), 1e-10);
    }
}
