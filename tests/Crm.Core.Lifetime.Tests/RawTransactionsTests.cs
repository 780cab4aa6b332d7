using Crm.Core.Customers;
using Crm.Core.TestKit;
using NodaTime;

namespace Crm.Core.Lifetime.Tests;

public class RawTransactionsTests
{
    private static readonly LocalDate CalibrationEnd = new(1997, 9, 30);
    private static readonly LocalDate HoldoutEnd = new(1998, 6, 30);

    internal static PurchaseReadResult ReadRaw()
    {
        using var reader = new StreamReader(SharedData.PathOf("cdnow/CDNOW_sample.txt"));
        return CdnowTransactionReader.Read(reader);
    }

    [Fact]
    public void Read_CdnowSample_ReadsEveryTransaction()
    {
        var raw = ReadRaw();

        Assert.Empty(raw.Errors);
        Assert.Equal(6919, raw.Purchases.Count);
        Assert.Equal(244_091.94m, raw.Purchases.Sum(p => p.Amount.Amount));
    }

    [Fact]
    public void Split_CdnowSample_MatchesCalibrationFile()
    {
        var data = CalibrationHoldout.Split(ReadRaw().Purchases, CalibrationEnd, HoldoutEnd, TimeUnit.Weeks);
        var expected = Cdnow.Customers.ToDictionary(c => c.CustomerId.Value);

        Assert.Equal(2357, data.Customers.Count);
        foreach (var c in data.Customers)
        {
            var e = expected[int.Parse(c.CustomerId.Value, System.Globalization.CultureInfo.InvariantCulture).ToString(System.Globalization.CultureInfo.InvariantCulture)];
            Assert.Equal(e.Frequency, c.Frequency);
            Assert.Equal(e.Recency, c.Recency, 1e-9);
            Assert.Equal(e.Age, c.Age, 1e-9);
            Assert.Equal(e.MonetaryValue!.Value, c.MonetaryValue!.Value, 1e-9);
        }

        Assert.Equal(1882, data.HoldoutPurchases.Values.Sum());
    }

    [Fact]
    public void Fits_FromRawTransactions_EqualFitsFromSummaryFile()
    {
        var data = CalibrationHoldout.Split(ReadRaw().Purchases, CalibrationEnd, HoldoutEnd, TimeUnit.Weeks);
        var fromRaw = BgNbdModel.Fit(LifetimeData.ToRfmSummary(data.Customers, TimeUnit.Weeks));
        var fromFile = BgNbdModel.Fit(Cdnow.Weeks());
        var spendRaw = GammaGammaModel.Fit(LifetimeData.ToSpendRows(data.Customers));
        var spendFile = GammaGammaModel.Fit(Cdnow.SpendRows());

        Assert.Equal(fromFile.LogLikelihood, fromRaw.LogLikelihood, 1e-6);
        Cdnow.AssertRelative(fromFile.Parameters.R, fromRaw.Parameters.R, 1e-6, "r");
        Cdnow.AssertRelative(fromFile.Parameters.Alpha, fromRaw.Parameters.Alpha, 1e-6, "alpha");
        Cdnow.AssertRelative(fromFile.Parameters.A, fromRaw.Parameters.A, 1e-6, "a");
        Cdnow.AssertRelative(fromFile.Parameters.B, fromRaw.Parameters.B, 1e-6, "b");
        Assert.Equal(spendFile.Result.LogLikelihood, spendRaw.Result.LogLikelihood, 1e-6);
        Cdnow.AssertRelative(spendFile.Result.Parameters.P, spendRaw.Result.Parameters.P, 1e-6, "p");
    }

    [Fact]
    public void CumulativeTracking_CdnowSample_ActualMatchesWeeklyFile()
    {
        var expected = SharedData.ReadAllLines("cdnow/cdnow_weekly_repeat_transactions.csv").Skip(1)
            .Select(l => int.Parse(l.Split(',')[3], System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var model = BgNbdModel.Fit(Cdnow.Weeks()).Parameters;

        var points = CumulativeTracking.Compute(model, ReadRaw().Purchases, new LocalDate(1997, 1, 1), 78);

        Assert.Equal(expected, points.Select(p => p.Actual).ToArray());
        Assert.InRange(points[^1].Predicted, points[^1].Actual * 0.9, points[^1].Actual * 1.1);
    }

    [Fact]
    public void Compare_CdnowHoldout_BothModelsAgreeAndTrackActualWithinFifteenPercent()
    {
        var data = CalibrationHoldout.Split(ReadRaw().Purchases, CalibrationEnd, HoldoutEnd, TimeUnit.Weeks);
        var model = BgNbdModel.Fit(LifetimeData.ToRfmSummary(data.Customers, TimeUnit.Weeks)).Parameters;

        var comparison = CalibrationHoldout.Compare(model, data);

        Assert.Equal(39, comparison.HoldoutLength);
        Assert.Equal(1882, comparison.TotalActual);
        var pareto = CalibrationHoldout.Compare(ParetoNbdModel.Fit(LifetimeData.ToRfmSummary(data.Customers, TimeUnit.Weeks)).Parameters, data);
        Assert.True(Math.Abs(comparison.TotalPredicted - 1882) < 0.15 * 1882, $"predicted {comparison.TotalPredicted}");
        Assert.True(Math.Abs(comparison.TotalPredicted - pareto.TotalPredicted) < 0.02 * pareto.TotalPredicted);
        var groups = comparison.ByFrequency(data.Customers.Select(c => c.Frequency).ToArray());
        Assert.Equal(8, groups.Count);
        Assert.Equal(2357, groups.Sum(g => g.Customers));
    }
}
