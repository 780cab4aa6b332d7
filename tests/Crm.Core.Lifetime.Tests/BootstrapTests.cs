using Crm.Core.Customers;

namespace Crm.Core.Lifetime.Tests;

public class BootstrapTests
{
    private static readonly BootstrapOptions Small = new() { Replicates = 60, Seed = 7 };

    [Fact]
    public void BgNbd_SameSeed_GivesTheSameReplicatesWhateverTheThreadCount()
    {
        var summary = Cdnow.Weeks();
        var fit = BgNbdModel.Fit(summary);

        var one = ParametricBootstrap.BgNbd(summary, fit, Small with { Fit = new FitOptions { MaxDegreeOfParallelism = 1 } });
        var two = ParametricBootstrap.BgNbd(summary, fit, Small with { Fit = new FitOptions { MaxDegreeOfParallelism = 2 } });
        var other = ParametricBootstrap.BgNbd(summary, fit, Small with { Seed = 8 });

        Assert.Equal(one.Replicates, two.Replicates);
        Assert.Equal(one.Parameters, two.Parameters);
        Assert.NotEqual(one.Replicates, other.Replicates);
    }

    [Fact]
    public void BgNbd_Cdnow_IntervalsAgreeWithTheWaldStandardErrors()
    {
        var summary = Cdnow.Weeks();
        var fit = BgNbdModel.Fit(summary);

        var result = ParametricBootstrap.BgNbd(summary, fit, new BootstrapOptions { Replicates = 200 });

        Assert.Equal(200, result.Requested);
        Assert.True(result.Failed <= 2, $"{result.Failed} refits failed");
        for (var i = 0; i < 4; i++)
        {
            var interval = result.Parameters[i];
            var wald = fit.Estimates[i];
            Assert.Equal(wald.Name, interval.Name);
            Assert.Equal(wald.Value, interval.Estimate);
            Assert.InRange(interval.Estimate, interval.Lower, interval.Upper);

            // 200 replicates estimate a standard deviation to about ±10%.
            Cdnow.AssertRelative(wald.StandardError!.Value, interval.StandardError, 0.3, $"bootstrap sd of {wald.Name}");
        }
    }

    [Fact]
    public void Interval_OfOneCustomersClv_BracketsTheEstimate()
    {
        var summary = Cdnow.Weeks();
        var fit = ParetoNbdModel.Fit(summary);
        var customer = new CustomerRfm(CustomerCode.Parse("1"), 2, 30.43, 38.86, 22.35);

        var result = ParametricBootstrap.ParetoNbd(summary, fit, Small);
        var clv = result.Interval("clv", p => (double)ClvCalculator.Compute(p, customer, 35, 52, 0.3, Discounting.Continuous(0.002)));

        Assert.Equal("clv", clv.Name);
        Assert.Equal((double)ClvCalculator.Compute(fit.Parameters, customer, 35, 52, 0.3, Discounting.Continuous(0.002)), clv.Estimate);
        Assert.InRange(clv.Estimate, clv.Lower, clv.Upper);
        Assert.True(clv.Upper > clv.Lower);
    }

    [Fact]
    public void GammaGamma_Cdnow_IntervalsContainTheFit()
    {
        var rows = Cdnow.SpendRows();
        var fit = GammaGammaModel.Fit(rows);

        var result = ParametricBootstrap.GammaGamma(rows, fit, Small);

        Assert.Equal(["p", "q", "gamma"], result.Parameters.Select(p => p.Name));
        Assert.All(result.Parameters, p => Assert.InRange(p.Estimate, p.Lower, p.Upper));
    }

    [Fact]
    public void FromReplicates_KnownValues_InterpolatesLikeRAndNumPy()
    {
        // numpy.percentile([1..10], [2.5, 97.5]) = 1.225, 9.775.
        var interval = BootstrapInterval.FromReplicates("x", 5, Enumerable.Range(1, 10).Select(i => (double)i).Append(double.NaN), 0.95);

        Assert.Equal(1.225, interval.Lower, 1e-12);
        Assert.Equal(9.775, interval.Upper, 1e-12);
        Assert.Equal(10, interval.Replicates);
        Assert.Equal(Math.Sqrt(55d / 6d), interval.StandardError, 1e-12);
    }

    [Fact]
    public void Bootstrap_Cancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var summary = Cdnow.Weeks();
        var fit = BgNbdModel.Fit(summary);

        Assert.ThrowsAny<OperationCanceledException>(() => ParametricBootstrap.BgNbd(summary, fit, Small, cts.Token));
    }

    [Theory]
    [InlineData(1, 0.95)]
    [InlineData(100, 1.0)]
    [InlineData(100, 0.0)]
    public void Bootstrap_InvalidOptions_Throw(int replicates, double level)
    {
        var summary = Cdnow.Weeks();
        var fit = BgNbdModel.Fit(summary);

        Assert.Throws<ArgumentOutOfRangeException>(() => ParametricBootstrap.BgNbd(summary, fit, new BootstrapOptions { Replicates = replicates, ConfidenceLevel = level }));
    }
}
