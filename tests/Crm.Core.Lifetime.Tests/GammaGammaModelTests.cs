using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Core.Lifetime.Tests;

public class GammaGammaModelTests
{
    [Fact]
    public void Fit_CdnowRepeatCustomers_ReproducesPublishedParameters()
    {
        var rows = Cdnow.SpendRows();

        var fit = GammaGammaModel.Fit(rows);

        Assert.Equal(946, rows.Count);
        Assert.True(fit.Result.Converged, fit.Result.Message);
        Cdnow.AssertRelative(6.249573, fit.Result.Parameters.P, 1e-3, "p");
        Cdnow.AssertRelative(3.744225, fit.Result.Parameters.Q, 1e-3, "q");
        Cdnow.AssertRelative(15.443518, fit.Result.Parameters.Gamma, 1e-3, "gamma");
        Assert.InRange(fit.Result.LogLikelihood, -4055.918 - 0.001, -4055.918 + 0.001);
    }

    [Fact]
    public void Fit_Cdnow_ReportsWeakFrequencySpendCorrelation()
    {
        var rows = Cdnow.SpendRows();
        var n = rows.Count;
        var mx = rows.Average(r => (double)r.Frequency);
        var my = rows.Average(r => r.MeanSpend);
        var expected = rows.Sum(r => (r.Frequency - mx) * (r.MeanSpend - my))
            / Math.Sqrt(rows.Sum(r => Math.Pow(r.Frequency - mx, 2)) * rows.Sum(r => Math.Pow(r.MeanSpend - my, 2)));

        var fit = GammaGammaModel.Fit(rows);

        Assert.Equal(expected, fit.FrequencySpendCorrelation, 10);
        Assert.True(fit.IndependenceAssumptionHolds);
        Assert.True(n > 0);
    }

    [Fact]
    public void ConditionalExpectedAverageValue_NoRepeatPurchase_IsPopulationMean()
    {
        var parameters = new GammaGammaParameters(6.25, 3.74, 15.44);

        Assert.Equal(parameters.PopulationMeanValue(), parameters.ConditionalExpectedAverageValue(0, 0), 10);
    }

    [Property]
    public void ConditionalExpectedAverageValue_LiesBetweenPopulationAndCustomerMean(PositiveInt frequency, PositiveInt spend)
    {
        var parameters = new GammaGammaParameters(6.25, 3.74, 15.44);
        var m = spend.Get % 1000 + 1d;
        var value = parameters.ConditionalExpectedAverageValue(frequency.Get % 500 + 1, m);
        var low = Math.Min(m, parameters.PopulationMeanValue());
        var high = Math.Max(m, parameters.PopulationMeanValue());
        Assert.InRange(value, low - 1e-9, high + 1e-9);
    }
}
