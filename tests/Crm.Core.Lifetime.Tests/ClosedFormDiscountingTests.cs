using Crm.Core.Customers;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Core.Lifetime.Tests;

/// <summary>
/// Continuous discounting in closed form (∫₀^H e^(−δt) dE(t) by one quadrature) against the period-sum path it replaces,
/// refined until the two must agree, and against DERT for an infinite horizon.
/// </summary>
public class ClosedFormDiscountingTests
{
    private static readonly BgNbdParameters Bg = new(0.242595, 4.413602, 0.792922, 2.425906, TimeUnit.Weeks);
    private static readonly ParetoNbdParameters Pareto = new(0.553277, 10.577684, 0.606240, 11.669, TimeUnit.Weeks);
    private static readonly CustomerRfm Customer = new(CustomerCode.Parse("1"), 2, 30.43, 38.86, 22.35);

    [Property(MaxTest = 120)]
    public Property ContinuousClosedForm_EveryModel_MatchesThePeriodSumWithFineSteps()
    {
        var gen = from model in Gen.Choose(0, 2)
                  from r in Gen.Choose(10, 300)
                  from alpha in Gen.Choose(10, 300)
                  from a in Gen.Choose(10, 300)
                  from b in Gen.Choose(10, 300)
                  from x in Gen.Choose(0, 12)
                  from age in Gen.Choose(1, 60)
                  from share in Gen.Choose(0, 10)
                  from horizon in Gen.Choose(1, 104)
                  from rate in Gen.Choose(1, 500)
                  select (Model: model, R: r / 100d, Alpha: alpha / 10d, A: a / 100d, B: b / 50d, X: x, Age: (double)age,
                      Tx: x == 0 ? 0d : age * share / 10d, Horizon: (double)horizon, Delta: rate / 10_000d);
        return Prop.ForAll(gen.ToArbitrary(), p =>
        {
            ITransactionModel model = p.Model switch
            {
                0 => new BgNbdParameters(p.R, p.Alpha, p.A, p.B, TimeUnit.Weeks),
                1 => new MbgNbdParameters(p.R, p.Alpha, p.A, p.B, TimeUnit.Weeks),
                _ => new ParetoNbdParameters(p.R, p.Alpha, p.A, p.B * 5, TimeUnit.Weeks),
            };
            var customer = new CustomerRfm(CustomerCode.Parse("C"), p.X, p.Tx, p.Age);

            var closed = ClvCalculator.DiscountedExpectedPurchases(model, customer, p.Horizon, Discounting.Continuous(p.Delta));
            var sum = PeriodSum(model, customer, p.Horizon, p.Delta, 64);

            // Midpoint sums err by about h² (δ |E''|/E' / 12 + δ²/24) relative: below 1e-6 here.
            return (Math.Abs(closed - sum) <= (2e-6 * sum) + 1e-12).Label($"{p}: closed form {closed:R}, sum {sum:R}");
        });
    }

    [Fact]
    public void ContinuousClosedForm_UnitSteps_IsWithinTheMidpointErrorOfTheOldPeriodSum()
    {
        const double delta = 0.002;
        var closed = ClvCalculator.DiscountedExpectedPurchases(Bg, Customer, 52, Discounting.Continuous(delta));

        var unitSteps = PeriodSum(Bg, Customer, 52, delta, 1);

        Cdnow.AssertRelative(unitSteps, closed, 1e-4, "unit-step midpoint sum");
        Assert.NotEqual(unitSteps, closed);
    }

    [Theory]
    [InlineData(0, 0.0, 39.0, 0.002)]
    [InlineData(3, 30.0, 39.0, 0.002)]
    [InlineData(10, 38.0, 39.0, 0.05)]
    public void InfiniteHorizon_Pareto_EqualsTheClosedFormDert(int x, double tx, double age, double delta)
    {
        var customer = new CustomerRfm(CustomerCode.Parse("C"), x, tx, age);

        var value = ClvCalculator.DiscountedExpectedPurchases(Pareto, customer, double.PositiveInfinity, Discounting.Continuous(delta));

        Cdnow.AssertRelative(Pareto.DiscountedExpectedResidualTransactions(x, tx, age, delta), value, 1e-8, "DERT");
    }

    [Fact]
    public void LongHorizon_ApproachesDert()
    {
        const double delta = 0.01;
        var dert = Bg.DiscountedExpectedResidualTransactions(Customer.Frequency, Customer.Recency, Customer.Age, delta);

        var longRun = ClvCalculator.DiscountedExpectedPurchases(Bg, Customer, 5000, Discounting.Continuous(delta));

        Cdnow.AssertRelative(dert, longRun, 1e-8, "5,000 weeks at δ = 0.01 (e^−50 left out)");
        Assert.Equal(dert * 30 * 0.25, (double)ClvCalculator.Compute(Bg, Customer, 30, double.PositiveInfinity, 0.25, Discounting.Continuous(delta)), 1e-9);
    }

    [Fact]
    public void NoDiscountOrZeroRate_IsTheExpectationAtTheHorizon()
    {
        var expected = Bg.ExpectedPurchases(39.5, Customer.Frequency, Customer.Recency, Customer.Age);

        Assert.Equal(expected, ClvCalculator.DiscountedExpectedPurchases(Bg, Customer, 39.5, Discounting.None));
        Assert.Equal(expected, ClvCalculator.DiscountedExpectedPurchases(Bg, Customer, 39.5, Discounting.Continuous(0)));
    }

    [Fact]
    public void Predict_ContinuousDiscount_EqualsComputePerCustomer()
    {
        var spend = new GammaGammaParameters(6.25, 3.74, 15.44);
        var rows = ClvCalculator.Predict(Pareto, spend, [Customer], 52, 0.3, Discounting.Continuous(0.003));
        var value = spend.ConditionalExpectedAverageValue(Customer.Frequency, Customer.MonetaryValue!.Value);

        Assert.Equal((double)ClvCalculator.Compute(Pareto, Customer, value, 52, 0.3, Discounting.Continuous(0.003)), (double)rows[0].Clv!.Value, 1e-12);
    }

    [Fact]
    public void InfiniteHorizon_WithoutContinuousDiscounting_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => ClvCalculator.DiscountedExpectedPurchases(Bg, Customer, double.PositiveInfinity, Discounting.PerPeriod(0.01)));
        Assert.Throws<ArgumentException>(() => ClvCalculator.DiscountedExpectedPurchases(Bg, Customer, double.PositiveInfinity, Discounting.Continuous(0)));
        Assert.Throws<ArgumentException>(() => ClvCalculator.Predict(Bg, null, [Customer], double.PositiveInfinity, 1, Discounting.Continuous(0.01)));
    }

    /// <summary>The period-sum path: Σ [E(tᵢ) − E(tᵢ₋₁)] e^(−δ·midpoint) over steps of 1/<paramref name="stepsPerUnit"/> unit.</summary>
    private static double PeriodSum(ITransactionModel model, CustomerRfm c, double horizon, double delta, int stepsPerUnit)
    {
        var steps = (int)Math.Ceiling(horizon * stepsPerUnit);
        double total = 0, previous = 0, previousTime = 0;
        for (var i = 1; i <= steps; i++)
        {
            var time = Math.Min(horizon, (double)i / stepsPerUnit);
            var expected = model.ExpectedPurchases(time, c.Frequency, c.Recency, c.Age);
            total += (expected - previous) * Math.Exp(-delta * (previousTime + time) / 2);
            previous = expected;
            previousTime = time;
        }

        return total;
    }
}
