using Crm.Core.Customers;
using Crm.Core.TestKit;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Crm.Core.Segmentation.Tests.Columnar;

public class ColumnarPurchaseSummarizerTests
{
    private static readonly LocalDate AsOf = new(2026, 3, 1);

    private static Gen<Purchase[]> Purchases(bool mixedCurrency) =>
        (from customer in Gen.Choose(0, 12)
         from offset in Gen.Choose(-400, 30)
         from amount in Gen.Choose(0, 100_000)
         from usd in mixedCurrency ? Gen.Choose(0, 20).Select(x => x == 0) : Gen.Constant(false)
         select new Purchase(
             CustomerCode.Parse("C" + customer.ToString(System.Globalization.CultureInfo.InvariantCulture)),
             AsOf.PlusDays(offset),
             new Money(amount / 100m, usd ? "USD" : Money.Rial))).ArrayOf();

    [Property(MaxTest = 200)]
    public Property Summarize_RandomPurchases_SameFiguresAsPurchaseSummarizer() =>
        Prop.ForAll(Gen.Elements(false, true).SelectMany(Purchases).ToArbitrary(), purchases =>
        {
            var expected = PurchaseSummarizer.Summarize(purchases, AsOf, TimeUnit.Weeks);
            var actual = ColumnarPurchaseSummarizer.Summarize(PurchaseColumns.From(purchases), AsOf, TimeUnit.Weeks);

            return expected.Customers.SequenceEqual(actual.ToSummaries())
                && expected.PurchasesAfterAsOf == actual.PurchasesAfterAsOf
                && expected.Errors.Count == actual.Errors.Count;
        });

    // Many customers, amounts of several scales (including negative refunds and -0.0), days around the as-of date.
    private static Gen<PurchaseColumns> WideColumns =>
        from customers in Gen.Choose(1, 300)
        from rows in (from customer in Gen.Choose(0, customers - 1)
                      // Days within 64 of each other, within a few years, or decades apart: each way of counting distinct days.
                      from offset in Gen.Frequency([(6, Gen.Choose(-60, 10)), (2, Gen.Choose(-3_000, 10)), (1, Gen.Choose(-40_000, 10))])
                      from mantissa in Gen.Choose(-200_000, 2_000_000)
                      from scale in Gen.Choose(0, 4)
                      select (customer, offset, amount: new decimal(Math.Abs(mantissa), 0, 0, mantissa < 0, (byte)scale))).ArrayOf()
        select new PurchaseColumns(
            [.. Enumerable.Range(0, customers).Select(c => CustomerCode.Parse("C" + c.ToString(System.Globalization.CultureInfo.InvariantCulture)))],
            [.. rows.Select(r => r.customer)],
            [.. rows.Select(r => AsOf.PlusDays(r.offset).ToDateOnly().DayNumber)],
            [.. rows.Select(r => r.amount)]);

    [Property(MaxTest = 300)]
    public Property Summarize_PartitionedPath_SameFiguresAndScalesAsGeneralPath() =>
        Prop.ForAll(WideColumns.ToArbitrary(), Gen.Choose(0, 12).ToArbitrary(), (columns, bits) =>
        {
            var fast = ColumnarPurchaseSummarizer.Summarize(columns, AsOf, TimeUnit.Days, bits, threads: 1, allowFastPath: true);
            var general = ColumnarPurchaseSummarizer.Summarize(columns, AsOf, TimeUnit.Days, bits, threads: 1, allowFastPath: false);
            return Same(fast, general);
        });

    [Theory]
    [InlineData(-1)]
    [InlineData(3_652_059)]
    public void Constructor_DayNumberOutsideDateOnly_ThrowsNamingValue(int day)
    {
        using var culture = new CultureScope("ar-SA");
        var ex = Assert.Throws<ArgumentException>(() => new PurchaseColumns([CustomerCode.Parse("C1")], [0], [day], [1m]));

        Assert.Equal("dayNumber", ex.ParamName);
        Assert.Contains(day.ToString(System.Globalization.CultureInfo.InvariantCulture), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Summarize_AmountsBeyondLongKeys_GeneralPathGivesExactSums()
    {
        CustomerCode[] codes = [CustomerCode.Parse("C1")];
        var huge = 79_228_162_514_264_337_593_543_950_335m / 4;
        var columns = new PurchaseColumns(codes, [0, 0], [AsOf.ToDateOnly().DayNumber, AsOf.ToDateOnly().DayNumber], [huge, 0.25m]);

        var summary = ColumnarPurchaseSummarizer.Summarize(columns, AsOf);

        Assert.Equal(huge + 0.25m, summary.TotalSpend[0]);
    }

    [Property(MaxTest = 4)]
    public Property Summarize_LargeInputOnSeveralThreads_SameFiguresAsOneThreadAndGeneralPath() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), Gen.Choose(2, 5).ToArbitrary(), (seed, threads) =>
        {
            // Above the 65,536-purchase threshold, so the stripes and partitions really run in parallel.
            var random = new Random(seed);
            const int Customers = 20_000;
            const int Rows = 90_000;
            var asOfDay = AsOf.ToDateOnly().DayNumber;
            var columns = new PurchaseColumns(
                [.. Enumerable.Range(0, Customers).Select(c => CustomerCode.Parse("C" + c.ToString(System.Globalization.CultureInfo.InvariantCulture)))],
                [.. Enumerable.Range(0, Rows).Select(_ => random.Next(Customers))],
                [.. Enumerable.Range(0, Rows).Select(_ => asOfDay - random.Next(-20, 2_000))],
                [.. Enumerable.Range(0, Rows).Select(_ => new decimal(random.Next(0, 1_000_000), 0, 0, random.Next(10) == 0, (byte)random.Next(0, 3)))]);

            var parallel = ColumnarPurchaseSummarizer.Summarize(columns, AsOf, maxDegreeOfParallelism: threads);
            var single = ColumnarPurchaseSummarizer.Summarize(columns, AsOf, maxDegreeOfParallelism: 1);
            var general = ColumnarPurchaseSummarizer.Summarize(columns, AsOf, TimeUnit.Days, 12, threads: 1, allowFastPath: false);
            return Same(parallel, single) && Same(single, general);
        });

    [Fact]
    public void Summarize_SumBeyondLongRange_SummedAsDecimalsLikeGeneralPath()
    {
        // Each amount fits a 64-bit mantissa, their sum does not fit a long: the customer is summed with decimals.
        var day = AsOf.ToDateOnly().DayNumber;
        var columns = new PurchaseColumns([CustomerCode.Parse("C1"), CustomerCode.Parse("C2")], [0, 0, 1], [day, day - 3, day],
            [9_000_000_000_000_000_000m, 9_000_000_000_000_000_000.5m, 2m]);

        var summary = ColumnarPurchaseSummarizer.Summarize(columns, AsOf);

        Assert.True(Same(summary, ColumnarPurchaseSummarizer.Summarize(columns, AsOf, TimeUnit.Days, 12, threads: 1, allowFastPath: false)));
        Assert.Equal(18_000_000_000_000_000_000.5m, summary.TotalSpend[0]);
        Assert.Equal(2m, summary.TotalSpend[1]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Summarize_TotalBeyondDecimalMaxValue_ReportsThatCustomerAndSummarisesTheOthers(int threads)
    {
        // Two amounts of 7.9e28 overflow decimal; before, Summarize threw OverflowException and every customer was lost.
        var day = AsOf.ToDateOnly().DayNumber;
        var columns = new PurchaseColumns([CustomerCode.Parse("C1"), CustomerCode.Parse("C2")], [0, 0, 1, 0], [day, day - 3, day, day - 1],
            [79_000_000_000_000_000_000_000_000_000m, 79_000_000_000_000_000_000_000_000_000m, 2m, 1m]);

        var summary = ColumnarPurchaseSummarizer.Summarize(columns, AsOf, maxDegreeOfParallelism: threads);
        var general = ColumnarPurchaseSummarizer.Summarize(columns, AsOf, TimeUnit.Days, 12, threads: 1, allowFastPath: false);

        var error = Assert.Single(summary.Errors);
        Assert.Equal(("purchase.total-overflow", "C1"), (error.Rule, error.Value));
        Assert.Equal(error, Assert.Single(general.Errors));
        Assert.False(summary.IsSummarized(0));
        Assert.True(summary.IsSummarized(1));
        Assert.Equal(2m, summary.TotalSpend[1]);
        Assert.Equal(["C2"], summary.ToSummaries().Select(s => s.CustomerId.Value));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void Summarize_BadDegreeOfParallelism_ThrowsNamingIt(int threads)
    {
        var columns = new PurchaseColumns([CustomerCode.Parse("C1")], [0], [AsOf.ToDateOnly().DayNumber], [1m]);

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ColumnarPurchaseSummarizer.Summarize(columns, AsOf, maxDegreeOfParallelism: threads));

        Assert.Equal("maxDegreeOfParallelism", ex.ParamName);
    }

    private static bool Same(CustomerSummaryColumns a, CustomerSummaryColumns b) =>
        a.Purchases.SequenceEqual(b.Purchases)
        && a.RepeatPurchaseDays.SequenceEqual(b.RepeatPurchaseDays)
        && a.FirstPurchaseDay.SequenceEqual(b.FirstPurchaseDay)
        && a.LastPurchaseDay.SequenceEqual(b.LastPurchaseDay)
        && Digits(a.TotalSpend).SequenceEqual(Digits(b.TotalSpend))
        && a.ToSummaries().Select(s => Digits([s.MeanRepeatSpend.Amount]).Single()).SequenceEqual(b.ToSummaries().Select(s => Digits([s.MeanRepeatSpend.Amount]).Single()))
        && a.PurchasesAfterAsOf == b.PurchasesAfterAsOf
        && a.ToSummaries().SequenceEqual(b.ToSummaries());

    // Compares decimals digit for digit, scale included (1.50 is not 1.5 here).
    private static IEnumerable<string> Digits(ReadOnlySpan<decimal> values) =>
        values.ToArray().Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Summarize_PersianDates_ConvertedToIso()
    {
        var persian = new LocalDate(1404, 12, 1, CalendarSystem.PersianAstronomical);
        var columns = PurchaseColumns.From([new Purchase(CustomerCode.Parse("A"), persian, Money.FromRials(10))]);

        var summary = Assert.Single(ColumnarPurchaseSummarizer.Summarize(columns, AsOf).ToSummaries());

        Assert.Equal(new LocalDate(2026, 2, 20), summary.FirstPurchase);
        Assert.Equal(9, summary.DaysSinceLastPurchase);
    }

    [Fact]
    public void Constructor_IndexOutsideCustomers_ThrowsArgumentException()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            new PurchaseColumns([CustomerCode.Parse("A")], [1], [0], [1m]));
        Assert.Equal("customerIndex", ex.ParamName);
    }
}

public class RfmOverflowTests
{
    [Fact]
    public void FromColumns_TotalBeyondDecimalMaxValue_IsAnErrorNotAMissingPurchase()
    {
        var day = new LocalDate(2024, 1, 1).ToDateOnly().DayNumber;
        var columns = new PurchaseColumns([CustomerCode.Parse("C1"), CustomerCode.Parse("C2")], [0, 0, 1], [day, day + 1, day + 1],
            [79_000_000_000_000_000_000_000_000_000m, 79_000_000_000_000_000_000_000_000_000m, 10m]);

        var result = RfmScorer.FromColumns(columns, new LocalDate(2024, 2, 1));

        Assert.Equal(["C2"], result.Rows.Select(r => r.CustomerId.Value));
        Assert.Empty(result.WithoutPurchases);
        Assert.Equal("purchase.total-overflow", Assert.Single(result.Errors).Rule);
    }
}
