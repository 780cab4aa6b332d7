using Crm.Core.Customers;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Core.Lifetime.Tests;

/// <summary>Issue 14, point 7: the money figures of CLV are <see cref="decimal"/>, converted once from the double model
/// math. The stated tolerance: relative 10⁻¹⁴ (the conversion keeps 15 significant digits, round to nearest), plus 10⁻²⁸
/// absolute (decimal's smallest step). Probabilities and purchase counts stay double and are unchanged.</summary>
public class ClvDecimalOutputTests
{
    private const double Relative = 1e-14;
    private const double Absolute = 1e-28;

    private static readonly BgNbdParameters Bg = new(0.242595, 4.413602, 0.792922, 2.425906, TimeUnit.Weeks);
    private static readonly GammaGammaParameters Spend = new(6.25, 3.74, 15.44);

    private static bool Close(decimal? actual, double expected) =>
        actual is { } value && Math.Abs((double)value - expected) <= (Relative * Math.Abs(expected)) + Absolute;

    private static Gen<Discounting> Discountings() => Gen.OneOf(
        Gen.Constant(Discounting.None),
        Gen.Choose(0, 50).Select(d => Discounting.PerPeriod(d / 1000d)),
        Gen.Choose(0, 50).Select(d => Discounting.Continuous(d / 1000d)));

    /// <summary>A customer: repeat purchases 0–40, recency ≤ age ≤ 80 weeks, a mean spend from 0.01 to 10¹² (rials of
    /// a large account) in random scales.</summary>
    private static Gen<CustomerRfm> Customers() =>
        from x in Gen.Choose(0, 40)
        from age in Gen.Choose(1, 80)
        from recency in Gen.Choose(0, age)
        from mantissa in Gen.Choose(1, 999_999)
        from scale in Gen.Choose(-2, 6)
        select new CustomerRfm(CustomerCode.Parse("C-" + x + "-" + age), x, x == 0 ? 0 : recency, age, mantissa * Math.Pow(10, scale)) { Unit = TimeUnit.Weeks };

    [Property(MaxTest = 300)]
    public Property Predict_MoneyFigures_EqualTheDoubleModelMathWithinTheStatedTolerance() =>
        Prop.ForAll(Customers().ToArbitrary(), Gen.Choose(0, 104).Zip(Gen.Choose(1, 100)).ToArbitrary(), Discountings().ToArbitrary(),
            (customer, figures, discounting) =>
            {
                var (horizon, marginPercent) = figures;
                var margin = marginPercent / 100d;
                var row = ClvCalculator.Predict(Bg, Spend, [customer], horizon, margin, discounting).Single();

                var value = Spend.ConditionalExpectedAverageValue(customer.Frequency, customer.MonetaryValue!.Value);
                var clv = ClvCalculator.DiscountedExpectedPurchases(Bg, customer, horizon, discounting) * value * margin;
                return Close(row.ExpectedAverageValue, value) && Close(row.Clv, clv)
                    && Close(ClvCalculator.Compute(Bg, customer, value, horizon, margin, discounting), clv)
                    && row.ProbabilityAlive == Bg.ProbabilityAlive(customer.Frequency, customer.Recency, customer.Age)
                    && row.ExpectedPurchases == Bg.ExpectedPurchases(horizon, customer.Frequency, customer.Recency, customer.Age);
            });

    /// <summary>The conversion is done once, not by summing rounded parts: the decimal is exactly .NET's conversion of the
    /// double product, which keeps at most 15 significant digits.</summary>
    [Property(MaxTest = 200)]
    public Property Predict_Clv_IsTheConversionOfTheDoubleProduct() =>
        Prop.ForAll(Customers().ToArbitrary(), Discountings().ToArbitrary(), (customer, discounting) =>
        {
            var row = ClvCalculator.Predict(Bg, Spend, [customer], 52, 0.3, discounting).Single();
            var value = Spend.ConditionalExpectedAverageValue(customer.Frequency, customer.MonetaryValue!.Value);
            var digits = decimal.Abs(row.Clv!.Value).ToString("G", System.Globalization.CultureInfo.InvariantCulture).Replace(".", string.Empty, StringComparison.Ordinal).Trim('0');
            return row.ExpectedAverageValue == (decimal)value
                && row.Clv == (decimal)(ClvCalculator.DiscountedExpectedPurchases(Bg, customer, 52, discounting) * value * 0.3)
                && digits.Length <= 15;
        });

    [Fact]
    public void Predict_ClvBeyondDecimalsRange_IsAnOverflowNamingTheCustomerAndTheValue()
    {
        var customer = new CustomerRfm(CustomerCode.Parse("C-huge"), 2, 30.43, 38.86, 1e29) { Unit = TimeUnit.Weeks };

        var error = Assert.Throws<OverflowException>(() => ClvCalculator.Predict(Bg, Spend, [customer], 52, 1, Discounting.None));

        Assert.Contains("customer C-huge", error.Message, StringComparison.Ordinal);
        Assert.Contains("E+", error.Message, StringComparison.Ordinal);
        Assert.Contains("decimal", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_ClvBeyondDecimalsRange_IsAnOverflowNamingTheCustomer()
    {
        var customer = new CustomerRfm(CustomerCode.Parse("C-7"), 2, 30.43, 38.86, 22.35) { Unit = TimeUnit.Weeks };

        var error = Assert.Throws<OverflowException>(() => ClvCalculator.Compute(Bg, customer, 1e300, 52, 1, Discounting.None));

        Assert.StartsWith("The CLV of customer C-7 is ", error.Message, StringComparison.Ordinal);
        Assert.Equal(0m, ClvCalculator.Compute(Bg, customer, 0, 52, 1, Discounting.None));
    }

    [Fact]
    public void ValueTiers_FromDecimalClv_NeedNoConversion()
    {
        var rows = ClvCalculator.Predict(Bg, Spend,
            [new CustomerRfm(CustomerCode.Parse("A"), 2, 30, 38, 100) { Unit = TimeUnit.Weeks }, new CustomerRfm(CustomerCode.Parse("B"), 5, 36, 38, 100) { Unit = TimeUnit.Weeks }],
            52, 1, Discounting.None);

        var tiers = ValueTiers.Assign(rows.Select(r => (r.CustomerId, r.Clv!.Value)), 2);

        Assert.Equal(["B", "A"], tiers.Select(t => t.CustomerId.Value));
        Assert.Equal(rows.Single(r => r.CustomerId.Value == "B").Clv, tiers[0].Value);
    }
}
