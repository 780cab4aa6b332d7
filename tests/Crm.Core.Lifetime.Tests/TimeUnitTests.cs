using Crm.Core.Customers;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Crm.Core.Lifetime.Tests;

/// <summary>
/// Figures carry their time unit (issue 14): `LifetimeData.ToRfmSummary(summaryMadeInDays, TimeUnit.Weeks)` used to fit
/// a model whose alpha was 7× too large, labelled weeks and converged, without a word.
/// </summary>
public class TimeUnitTests
{
    private static readonly LocalDate CalibrationEnd = new(1997, 9, 30);
    private static readonly LocalDate HoldoutEnd = new(1998, 6, 30);

    [Fact]
    public void FromPurchaseSummary_CarriesTheSummaryUnit()
    {
        var data = CalibrationHoldout.Split(RawTransactionsTests.ReadRaw().Purchases, CalibrationEnd, HoldoutEnd, TimeUnit.Days);

        Assert.All(data.Customers, c => Assert.Equal(TimeUnit.Days, c.Unit));
    }

    [Fact]
    public void ToRfmSummary_DaysFiguresAskedAsWeeks_IsAnErrorNamingBothUnits()
    {
        var data = CalibrationHoldout.Split(RawTransactionsTests.ReadRaw().Purchases, CalibrationEnd, HoldoutEnd, TimeUnit.Days);

        var error = Assert.Throws<ArgumentException>(() => LifetimeData.ToRfmSummary(data.Customers, TimeUnit.Weeks));

        Assert.Contains("time-unit.mismatch", error.Message, StringComparison.Ordinal);
        Assert.Contains("Days", error.Message, StringComparison.Ordinal);
        Assert.Contains("Weeks", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToRfmSummary_WithoutUnitArgument_UsesTheCustomersUnit()
    {
        var data = CalibrationHoldout.Split(RawTransactionsTests.ReadRaw().Purchases, CalibrationEnd, HoldoutEnd, TimeUnit.Weeks);

        var summary = LifetimeData.ToRfmSummary(data.Customers);

        Assert.Equal(TimeUnit.Weeks, summary.Unit);
        Assert.Equal(LifetimeData.ToRfmSummary(data.Customers, TimeUnit.Weeks).Rows, summary.Rows);
    }

    [Fact]
    public void ToRfmSummary_WithoutUnitArgument_RefusesFiguresWithoutUnitOrMixedUnits()
    {
        var code = CustomerCode.Parse("C1");
        var bare = new CustomerRfm(code, 1, 2, 3);
        var days = bare with { Unit = TimeUnit.Days };
        var weeks = bare with { Unit = TimeUnit.Weeks };

        Assert.Contains("time-unit.missing", Assert.Throws<ArgumentException>(() => LifetimeData.ToRfmSummary([bare])).Message, StringComparison.Ordinal);
        Assert.Contains("time-unit.mismatch", Assert.Throws<ArgumentException>(() => LifetimeData.ToRfmSummary([days, weeks])).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => LifetimeData.ToRfmSummary(Array.Empty<CustomerRfm>()));
    }

    [Fact]
    public void Predict_FiguresInAnotherUnitThanTheModel_AreRefused()
    {
        var model = new BgNbdParameters(0.242595, 4.413602, 0.792922, 2.425906, TimeUnit.Weeks);
        var inDays = new CustomerRfm(CustomerCode.Parse("C1"), 2, 140, 273, 20) { Unit = TimeUnit.Days };

        Assert.Throws<ArgumentException>(() => ClvCalculator.Predict(model, null, [inDays], 52, 1, Discounting.None));
        Assert.Throws<ArgumentException>(() => ClvCalculator.DiscountedExpectedPurchases(model, inDays, 52, Discounting.None));
        var converted = ClvCalculator.Predict(model, null, [inDays.InUnit(TimeUnit.Weeks)], 52, 1, Discounting.None);
        var bare = ClvCalculator.Predict(model, null, [new CustomerRfm(CustomerCode.Parse("C1"), 2, 20, 39, 20)], 52, 1, Discounting.None);
        Assert.Equal(bare[0].ExpectedPurchases, converted[0].ExpectedPurchases, 1e-12);
    }

    [Fact]
    public void InUnit_WithoutUnit_ExplainsWhy()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new CustomerRfm(CustomerCode.Parse("C1"), 1, 2, 3).InUnit(TimeUnit.Days));

        Assert.Contains("C1", error.Message, StringComparison.Ordinal);
    }

    [Property(MaxTest = 200)]
    public Property InUnit_RoundTrip_KeepsTheFigures()
    {
        var units = Gen.Elements(TimeUnit.Days, TimeUnit.Weeks, TimeUnit.Months);
        var gen = from source in units
                  from target in units
                  from age in Gen.Choose(0, 100_000)
                  from share in Gen.Choose(0, 1000)
                  select (From: source, To: target, Age: age / 10d, Recency: age / 10d * share / 1000d);
        return Prop.ForAll(gen.ToArbitrary(), p =>
        {
            var original = new CustomerRfm(CustomerCode.Parse("C1"), 3, p.Recency, p.Age) { Unit = p.From };
            var back = original.InUnit(p.To).InUnit(p.From);
            var days = original.InUnit(TimeUnit.Days);
            return (back.Unit == p.From
                    && Math.Abs(back.Age - p.Age) <= 1e-12 * Math.Max(1d, p.Age)
                    && Math.Abs(back.Recency - p.Recency) <= 1e-12 * Math.Max(1d, p.Age)
                    && Math.Abs(days.Age - (p.Age * p.From.DaysPerUnit())) <= 1e-9 * Math.Max(1d, days.Age))
                .Label($"{p}: back {back}, days {days}");
        });
    }
}
