using Crm.Core.Customers;
using Crm.Core.Persian;
using Crm.Sample.Host.DemoData;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Crm.Sample.Host.Tests;

public class SyntheticDataTests
{
    private static readonly LocalDate AsOf = new(2026, 3, 1);

    [Property(MaxTest = 20)]
    public Property Customers_SameSeed_SameRowsAndEveryIdentifierParses() =>
        Prop.ForAll(Gen.Choose(0, 200).ToArbitrary(), Gen.Choose(int.MinValue, int.MaxValue).ToArbitrary(), (count, seed) =>
        {
            var first = SyntheticData.Customers(count, seed).ToList();
            var second = SyntheticData.Customers(count, seed).ToList();
            return first.Count == count
                && first.SequenceEqual(second)
                && first.All(c => NationalCode.TryParse(c.NationalCode, out _)
                    && IranianMobile.TryParse(c.Mobile, out _)
                    && CustomerCode.TryParse(c.Code, out _)
                    && IranianProvince.All.Any(p => p.PersianName == c.Province));
        });

    [Fact]
    public void Customers_DifferentSeeds_DifferentRows() =>
        Assert.NotEqual(SyntheticData.Customers(50, 1), SyntheticData.Customers(50, 2));

    [Property(MaxTest = 20)]
    public Property Purchases_AnySeed_ReproducibleWithinTwoYearsForEveryCustomer() =>
        Prop.ForAll(Gen.Choose(1, 100).ToArbitrary(), Gen.Choose(int.MinValue, int.MaxValue).ToArbitrary(), (count, seed) =>
        {
            var first = SyntheticData.Purchases(count, AsOf, seed).ToList();
            return first.SequenceEqual(SyntheticData.Purchases(count, AsOf, seed))
                && first.All(p => p.Date <= AsOf && p.Date > AsOf.PlusYears(-2) && p.Amount.Amount > 0)
                && first.Select(p => p.CustomerId).Distinct().Count() == count;
        });

    [Fact]
    public void Purchases_LateEsfand_BusierThanAnOrdinaryMonth()
    {
        var purchases = SyntheticData.Purchases(5_000, AsOf, 7).ToList();
        double PerDay(Func<LocalDate, bool> inWindow, int days) => purchases.Count(p => inWindow(p.Date.WithCalendar(SolarHijri.Calendar))) / (double)days;
        var lateEsfand = PerDay(d => d.Year == 1403 && d.Month == 12 && d.Day >= 17, 14);
        var mehr = PerDay(d => d.Year == 1403 && d.Month == 7, 30);
        Assert.True(lateEsfand > 2 * mehr, $"late Esfand {lateEsfand:F1}/day, Mehr {mehr:F1}/day");
    }
}
