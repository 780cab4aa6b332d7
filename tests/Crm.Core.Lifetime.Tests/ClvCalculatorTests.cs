using System.Globalization;
using Crm.Core.Customers;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Crm.Core.Lifetime.Tests;

public class ClvCalculatorTests
{
    private static readonly BgNbdParameters Bg = new(0.242595, 4.413602, 0.792922, 2.425906, TimeUnit.Weeks);
    private static readonly CustomerRfm Customer = new(CustomerCode.Parse("1"), 2, 30.43, 38.86, 22.35);

    [Fact]
    public void Compute_NoDiscount_IsExpectedPurchasesTimesValueTimesMargin()
    {
        var clv = ClvCalculator.Compute(Bg, Customer, 30, 52, 0.25, Discounting.None);

        Assert.Equal(Bg.ExpectedPurchases(52, 2, 30.43, 38.86) * 30 * 0.25, (double)clv, 1e-9);
    }

    [Fact]
    public void Compute_PerPeriodDiscount_MatchesLifetimesDiscreteSum()
    {
        const double d = 0.01;
        var expected = 0d;
        for (var i = 1; i <= 52; i++)
        {
            expected += (Bg.ExpectedPurchases(i, 2, 30.43, 38.86) - Bg.ExpectedPurchases(i - 1, 2, 30.43, 38.86)) * 30 / Math.Pow(1 + d, i);
        }

        Assert.Equal(expected, (double)ClvCalculator.Compute(Bg, Customer, 30, 52, 1, Discounting.PerPeriod(d)), 1e-9);
    }

    [Fact]
    public void Compute_DaysModelOverSameHorizon_EqualsWeeksModelWithoutDiscount()
    {
        var days = Bg.ConvertTo(TimeUnit.Days);
        var inDays = Customer with { Recency = Customer.Recency * 7, Age = Customer.Age * 7 };

        Assert.Equal(
            (double)ClvCalculator.Compute(Bg, Customer, 30, 52, 1, Discounting.None),
            (double)ClvCalculator.Compute(days, inDays, 30, 364, 1, Discounting.None), 1e-9);
    }

    [Fact]
    public void Compute_ContinuousDiscount_IsBelowUndiscountedAndAboveZero()
    {
        var none = ClvCalculator.Compute(Bg, Customer, 30, 52, 1, Discounting.None);
        var discounted = ClvCalculator.Compute(Bg, Customer, 30, 52, 1, Discounting.Continuous(0.002));

        Assert.InRange(discounted, 0.9m * none, none);
    }

    [Fact]
    public void Predict_WithSpendModel_FillsValueAndClv()
    {
        var spend = new GammaGammaParameters(6.25, 3.74, 15.44);

        var rows = ClvCalculator.Predict(Bg, spend, [Customer, Customer with { CustomerId = CustomerCode.Parse("3"), Frequency = 0, Recency = 0, MonetaryValue = 0 }], 39, 1, Discounting.None);

        Assert.Equal(2, rows.Count);
        Assert.Equal((decimal)spend.ConditionalExpectedAverageValue(2, 22.35), rows[0].ExpectedAverageValue);
        Assert.Equal(rows[0].ExpectedPurchases * (double)rows[0].ExpectedAverageValue!.Value, (double)rows[0].Clv!.Value, 1e-9);
        Assert.Equal(1d, rows[1].ProbabilityAlive);
        Assert.Equal(spend.PopulationMeanValue(), (double)rows[1].ExpectedAverageValue!.Value, 1e-9);
    }

    [Property(MaxTest = 50)]
    public Property Predict_CustomersSharingFigures_EachGetsTheSameRowAsAlone()
    {
        var spend = new GammaGammaParameters(6.25, 3.74, 15.44);
        var gen = Gen.Choose(0, 3).SelectMany(x => Gen.Choose(0, 2).Select(t => (x, t))).SelectMany(p => Gen.Choose(1, 2).Select(m => (p.x, p.t, m)))
            .ListOf();
        return Prop.ForAll(gen.ToArbitrary(), list =>
        {
            var customers = list.Select((p, i) => new CustomerRfm(CustomerCode.Parse($"C{i}"), p.x, p.x == 0 ? 0 : 10 + p.t, 39, p.x == 0 ? 0 : 10 * p.m)).ToArray();

            var together = ClvCalculator.Predict(Bg, spend, customers, 39, 0.5, Discounting.PerPeriod(0.01));
            var alone = customers.Select(c => ClvCalculator.Predict(Bg, spend, [c], 39, 0.5, Discounting.PerPeriod(0.01))[0]);

            return together.SequenceEqual(alone);
        });
    }

    [Fact]
    public void Predict_WithoutSpendModel_LeavesValueEmpty()
    {
        var rows = ClvCalculator.Predict(Bg, null, [Customer], 39, 1, Discounting.None);

        Assert.Null(rows[0].Clv);
        Assert.True(rows[0].ExpectedPurchases > 0);
    }

    [Fact]
    public void Classic_ExampleFromDocs_MultipliesTheFactors()
    {
        Assert.Equal(new Money(10_800_000m), HistoricValue.Classic(new Money(500_000m), 2m, 36m, 0.3m));
    }

    [Fact]
    public void MarginAdjusted_Summary_ScalesTotalSpend()
    {
        var id = CustomerCode.Parse("C-1");
        var purchases = new[]
        {
            new Purchase(id, new LocalDate(2025, 1, 1), new Money(100m)),
            new Purchase(id, new LocalDate(2025, 1, 8), new Money(300m)),
        };
        var summary = PurchaseSummarizer.Summarize(purchases, new LocalDate(2025, 2, 1), TimeUnit.Weeks).Customers[0];

        Assert.Equal(new Money(100m), HistoricValue.MarginAdjusted(summary, 0.25m));
        Assert.Equal(200m * 2m / ((decimal)summary.Age) * 10m, HistoricValue.ClassicFromSummary(summary, 10m, 1m).Amount, 10);
    }

    [Theory]
    [InlineData("fa-IR")]
    [InlineData("ar-SA")]
    [InlineData("tr-TR")]
    [InlineData("")]
    public void Read_AnyCulture_ParsesInvariantNumbers(string culture)
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo(culture);
            var result = RfmCsvReader.Read(new StringReader("customer_id,frequency,recency,T,monetary_value\n1,2,30.43,38.86,22.35\n"));

            Assert.Equal(30.43, result.Customers[0].Recency);
            Assert.Equal(22.35, result.Customers[0].MonetaryValue);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Read_BadRows_ReportsFieldRuleAndValueAndKeepsTheRest()
    {
        var result = RfmCsvReader.Read(new StringReader("customer_id,frequency,recency,T\n1,2,30,38\n2,x,1,2\n3,1,5,4\n4,0,0,10\n"));

        Assert.Equal(2, result.Customers.Count);
        Assert.Collection(result.Errors,
            e => Assert.Equal(("frequency", "rfm-csv.frequency", "x"), (e.Field, e.Rule, e.Value)),
            e => Assert.Equal(("T", "rfm-csv.age", "4"), (e.Field, e.Rule, e.Value)));
        Assert.Contains("line 3", result.Errors[0].Message, StringComparison.Ordinal);
    }
}
