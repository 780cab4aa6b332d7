using Crm.Core.Customers;

namespace Crm.Core.Lifetime.Tests;

/// <summary>P(X(t) = n), new and conditional, for both models, checked against the independent expectation formulas.</summary>
public class PurchaseCountTests
{
    private static readonly BgNbdParameters Bg = new(0.242595, 4.413602, 0.792922, 2.425906, TimeUnit.Weeks);
    private static readonly ParetoNbdParameters Pareto = new(0.553277, 10.577684, 0.606240, 11.669, TimeUnit.Weeks);

    public static TheoryData<int, double, double, double> Histories() => new()
    {
        { 0, 0, 39, 39 }, { 2, 30.43, 38.86, 39 }, { 7, 10, 38, 52 }, { 1, 1.71, 38.86, 5 }, { 15, 38, 39, 100 },
    };

    [Theory]
    [MemberData(nameof(Histories))]
    public void ProbabilityOfPurchases_GivenHistory_SumsToOneWithTheConditionalExpectationAsMean(int x, double tx, double age, double t)
    {
        foreach (ITransactionModel model in new ITransactionModel[] { Bg, Pareto })
        {
            var p = Enumerable.Range(0, 600).Select(n => model.ProbabilityOfPurchases(n, t, x, tx, age)).ToArray();

            Assert.Equal(1d, p.Sum(), 1e-8);
            Assert.Equal(model.ExpectedPurchases(t, x, tx, age), p.Select((v, n) => v * n).Sum(), 1e-7);
            Assert.InRange(p[0], 1 - model.ProbabilityAlive(x, tx, age), 1);
        }
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(39.0)]
    [InlineData(200.0)]
    public void ProbabilityOfPurchases_ParetoNewCustomer_SumsToOneWithMeanEqualToClosedForm(double t)
    {
        var p = Enumerable.Range(0, 2000).Select(n => Pareto.ProbabilityOfPurchases(n, t)).ToArray();

        Assert.Equal(1d, p.Sum(), 1e-8);
        Assert.Equal(Pareto.ExpectedPurchasesNewCustomer(t), p.Select((v, n) => v * n).Sum(), 1e-6);
    }

    [Fact]
    public void ProbabilityOfPurchases_ParetoWithoutDropout_IsNegativeBinomial()
    {
        // s → 0 with β fixed: nobody drops out, so X(t) is Gamma-Poisson (negative binomial).
        var model = new ParetoNbdParameters(2, 10, 1e-12, 1, TimeUnit.Weeks);
        const double t = 20;
        for (var n = 0; n < 10; n++)
        {
            var expected = Math.Exp(MathNet.Numerics.SpecialFunctions.GammaLn(2 + n) - MathNet.Numerics.SpecialFunctions.GammaLn(2) - MathNet.Numerics.SpecialFunctions.GammaLn(n + 1)
                + (2 * Math.Log(10 / 30d)) + (n * Math.Log(20 / 30d)));
            Assert.Equal(expected, model.ProbabilityOfPurchases(n, t), 1e-10);
        }
    }

    [Fact]
    public void FrequencyTable_CdnowBgNbd_TotalsMatchAndZeroBucketIsClose()
    {
        var summary = Cdnow.Weeks();

        var table = FrequencyTable.Compute(Bg, summary);

        Assert.Equal(8, table.Count);
        Assert.True(table[^1].OrMore);
        Assert.Equal(2357, table.Sum(r => r.Actual));
        Assert.Equal(2357, table.Sum(r => r.Expected), 1e-6);
        Assert.Equal(1411, table[0].Actual);
        Assert.Equal(Cdnow.Customers.Count(c => c.Frequency == 3), table[3].Actual);
        Assert.True(Math.Abs(table[0].Expected - 1411) < 0.03 * 1411, $"expected zeros {table[0].Expected}");
    }

    [Fact]
    public void FrequencyTable_SummaryInDays_SameAsInModelUnit()
    {
        var weeks = FrequencyTable.Compute(Pareto, Cdnow.Weeks(), 5);
        var days = FrequencyTable.Compute(Pareto, Cdnow.Weeks().ConvertTo(TimeUnit.Days), 5);

        for (var i = 0; i < weeks.Count; i++)
        {
            Assert.Equal(weeks[i].Expected, days[i].Expected, 1e-6);
            Assert.Equal(weeks[i].Actual, days[i].Actual);
        }
    }
}
