using Crm.Core.Customers;
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
