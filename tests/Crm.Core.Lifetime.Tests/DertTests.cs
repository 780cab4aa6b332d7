using Crm.Core.Customers;

namespace Crm.Core.Lifetime.Tests;

/// <summary>DERT for BG/NBD and MBG/NBD, by integrating the closed-form expectation; checked on Pareto/NBD's own DERT and against a long discounted sum.</summary>
public class DertTests
{
    private static readonly BgNbdParameters Bg = new(0.242595, 4.413602, 0.792922, 2.425906, TimeUnit.Weeks);

    [Theory]
    [InlineData(0, 0.0, 39.0, 0.002)]
    [InlineData(3, 30.0, 39.0, 0.002)]
    [InlineData(10, 38.0, 39.0, 0.05)]
    public void Integration_OnParetoExpectation_MatchesParetoClosedFormDert(int x, double tx, double age, double delta)
    {
        var pareto = new ParetoNbdParameters(0.553277, 10.577684, 0.606240, 11.669, TimeUnit.Weeks);

        var integrated = Crm.Core.Lifetime.Internal.Dert.Integrate(t => pareto.ExpectedPurchases(t, x, tx, age), delta);

        Cdnow.AssertRelative(pareto.DiscountedExpectedResidualTransactions(x, tx, age, delta), integrated, 1e-8, "DERT");
    }

    [Theory]
    [InlineData(0, 0.0, 39.0)]
    [InlineData(2, 30.43, 38.86)]
    [InlineData(7, 12.0, 38.0)]
    public void DiscountedExpectedResidualTransactions_BgNbd_MatchesLongFineDiscountedSum(int x, double tx, double age)
    {
        const double delta = 0.02;
        // Σ [E(tᵢ) − E(tᵢ₋₁)] e^(−δ·midpoint) over steps of 0.25 up to 2,000 weeks (e^(−40) left out): O(δ²h²) error.
        var sum = 0d;
        var previous = 0d;
        for (var i = 1; i <= 8000; i++)
        {
            var t = i * 0.25;
            var e = Bg.ExpectedPurchases(t, x, tx, age);
            sum += (e - previous) * Math.Exp(-delta * (t - 0.125));
            previous = e;
        }

        Cdnow.AssertRelative(sum, Bg.DiscountedExpectedResidualTransactions(x, tx, age, delta), 1e-5, "DERT");
    }

    [Fact]
    public void DiscountedExpectedResidualTransactions_MbgNbd_BelowBgNbdWithSameParametersForNewCustomers()
    {
        // MBG/NBD adds a dropout chance at the first purchase: fewer discounted purchases for the same parameters.
        var mbg = new MbgNbdParameters(Bg.R, Bg.Alpha, Bg.A, Bg.B, TimeUnit.Weeks);

        var bgDert = Bg.DiscountedExpectedResidualTransactions(0, 0, 0, 0.01);
        var mbgDert = mbg.DiscountedExpectedResidualTransactions(0, 0, 0, 0.01);

        Assert.InRange(mbgDert, 0.1 * bgDert, bgDert);
    }
}
