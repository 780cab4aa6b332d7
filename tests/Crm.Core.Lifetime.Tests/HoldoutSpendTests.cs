using Crm.Core.Customers;
using NodaTime;

namespace Crm.Core.Lifetime.Tests;

/// <summary>The Gamma-Gamma holdout check on CDNOW: calibration to 1997-09-30, holdout to 1998-06-30.</summary>
public class HoldoutSpendTests
{
    private static readonly LocalDate CalibrationEnd = new(1997, 9, 30);
    private static readonly LocalDate HoldoutEnd = new(1998, 6, 30);

    [Fact]
    public void Split_CdnowSample_KeepsEveryHoldoutDollar()
    {
        var raw = RawTransactionsTests.ReadRaw().Purchases;

        var data = CalibrationHoldout.Split(raw, CalibrationEnd, HoldoutEnd, TimeUnit.Weeks);

        var expected = raw.Where(p => p.Date > CalibrationEnd && p.Date <= HoldoutEnd).Sum(p => p.Amount.Amount);
        Assert.Equal(expected, data.HoldoutSpend.Values.Sum());
    }

    [Fact]
    public void CompareSpend_Cdnow_PredictsTheHoldoutMeanBetterThanTheCalibrationMean()
    {
        var data = CalibrationHoldout.Split(RawTransactionsTests.ReadRaw().Purchases, CalibrationEnd, HoldoutEnd, TimeUnit.Weeks);
        var spend = GammaGammaModel.Fit(LifetimeData.ToSpendRows(data.Customers)).Result.Parameters;

        var comparison = CalibrationHoldout.CompareSpend(spend, data);

        Assert.Equal(HoldoutCustomers, comparison.Customers.Count);
        Assert.All(comparison.Customers, r => Assert.True(r.Frequency >= 1 && r.HoldoutDays >= 1));
        Assert.Equal(MeanPredicted, comparison.MeanPredicted, 1e-3);
        Assert.Equal(MeanActual, comparison.MeanActual, 1e-3);
        Assert.Equal(56_435.07, comparison.TotalPredicted, 0.01);
        Assert.Equal(TotalActual, comparison.TotalActual, 1e-6);
        Assert.True(comparison.MeanAbsoluteError < comparison.CalibrationMeanAbsoluteError,
            $"Gamma-Gamma {comparison.MeanAbsoluteError}, calibration mean {comparison.CalibrationMeanAbsoluteError}");
    }

    // Measured once and published in docs/lifetime.md ("Holdout check of the spend model").
    private const int HoldoutCustomers = 491;
    private const double MeanPredicted = 35.663;
    private const double MeanActual = 37.837;
    private const double TotalActual = 59_271.83;
}
