using Crm.Core.Customers;
using MathNet.Numerics.Distributions;

namespace Crm.Core.Lifetime.Tests;

public class UncertaintyTests
{
    [Fact]
    public void Estimates_Cdnow_ConfidenceIntervalIsLogSpaceWaldAndContainsTheValue()
    {
        var fit = ParetoNbdModel.Fit(Cdnow.Weeks());

        foreach (var e in fit.Estimates)
        {
            var se = e.StandardError!.Value;
            Assert.Equal(e.Value * Math.Exp(-1.959963984540054 * se / e.Value), e.Lower95!.Value, 1e-12);
            Assert.Equal(e.Value * Math.Exp(1.959963984540054 * se / e.Value), e.Upper95!.Value, 1e-12);
            Assert.InRange(e.Value, e.Lower95.Value, e.Upper95.Value);
            Assert.True(e.Lower95 > 0, $"{e.Name}: {e.Lower95}");
        }
    }

    [Fact]
    public void Estimate_WithoutStandardError_HasNoInterval()
    {
        var estimate = new ParameterEstimate("b", 2.4, null);

        Assert.Null(estimate.Lower95);
        Assert.Null(estimate.Upper95);
    }

    [Fact]
    public void Fit_CdnowBgNbd_ReportsAicAndBic()
    {
        var fit = BgNbdModel.Fit(Cdnow.Weeks());

        Assert.Equal(8 - (2 * fit.LogLikelihood), fit.Aic, 1e-9);
        Assert.Equal((4 * Math.Log(2357)) - (2 * fit.LogLikelihood), fit.Bic, 1e-9);
        Assert.InRange(fit.Aic, 19172.858 - 0.002, 19172.858 + 0.002);
    }

    [Fact]
    public void ConditionalExpectedAverageValue_QBelowOne_IsInfiniteNeverNegative()
    {
        var spend = new GammaGammaParameters(3, 0.8, 10);

        Assert.Equal(double.PositiveInfinity, spend.ConditionalExpectedAverageValue(0, 0));
        Assert.False(spend.HasMeanValue(0));
        Assert.True(spend.HasMeanValue(1));
        Assert.Equal(3 * (10 + 20d) / (3 + 0.8 - 1), spend.ConditionalExpectedAverageValue(1, 20), 1e-12);
    }

    [Fact]
    public void Predict_SpendModelWithoutMean_LeavesValueAndClvEmptyForNewCustomers()
    {
        var bg = new BgNbdParameters(0.24, 4.4, 0.79, 2.4, TimeUnit.Weeks);
        var spend = new GammaGammaParameters(3, 0.8, 10);
        CustomerRfm[] customers =
        [
            new(CustomerCode.Parse("1"), 0, 0, 39, 0),
            new(CustomerCode.Parse("2"), 2, 30, 39, 25),
        ];

        var rows = ClvCalculator.Predict(bg, spend, customers, 39, 1, Discounting.None);

        Assert.Null(rows[0].ExpectedAverageValue);
        Assert.Null(rows[0].Clv);
        Assert.True(rows[1].Clv > 0);
    }

    [Fact]
    public void Fit_HeavyTailedSpend_FlagsQBelowOneAndTheConstraintKeepsItAboveOne()
    {
        var random = new Random(16);
        var rows = new List<SpendSummaryRow>();
        for (var i = 0; i < 3000; i++)
        {
            var nu = Gamma.Sample(random, 0.7, 10);
            var x = 1 + random.Next(6);
            var total = 0d;
            for (var k = 0; k < x; k++)
            {
                total += Gamma.Sample(random, 3, nu);
            }

            rows.Add(new SpendSummaryRow(x, total / x));
        }

        var free = GammaGammaModel.Fit(rows);
        var constrained = GammaGammaModel.Fit(rows, constrainQAboveOne: true);

        Assert.True(free.Result.Parameters.Q < 1, $"q = {free.Result.Parameters.Q}");
        Assert.False(free.PopulationMeanExists);
        Assert.True(constrained.Result.Parameters.Q > 1, $"q = {constrained.Result.Parameters.Q}");
        Assert.True(constrained.PopulationMeanExists);
        Assert.Equal(constrained.Result.Parameters.Q, constrained.Result.Estimates[1].Value);
        Assert.True(constrained.Result.LogLikelihood <= free.Result.LogLikelihood + 1e-6);
    }
}
