using Crm.Core.TestKit;
using Crm.Core.Customers;
using Crm.Core.Segmentation.Tests.Support;
using NodaTime;
using static Crm.Core.Segmentation.Tests.Support.People;

namespace Crm.Core.Segmentation.Tests.Reports;

public class ReportTests
{
    [Theory]
    [InlineData(2025, 3, 21, PersianPeriodKind.Month, "1404/01")]
    [InlineData(2025, 6, 22, PersianPeriodKind.Quarter, "1404-Q2")]
    [InlineData(2025, 3, 20, PersianPeriodKind.Year, "1403")]
    public void Label_GregorianDate_GivesPersianPeriod(int y, int m, int d, PersianPeriodKind kind, string expected)
    {
        Assert.Equal(expected, AcquisitionReport.Label(new LocalDate(y, m, d), kind));
    }

    [Theory]
    [MemberData(nameof(CultureScope.Names), MemberType = typeof(CultureScope))]
    public void Build_TwoChannels_CountsCohortPurchasesRevenueAndRepeatRate(string culture)
    {
        using var scope = new CultureScope(culture);
        Customer[] customers =
        [
            Person("A", "x", channel: "instagram", acquired: new LocalDate(2025, 3, 25)),
            Person("B", "x", channel: "instagram", acquired: new LocalDate(2025, 4, 2)),
            Person("C", "x", channel: "radio", acquired: new LocalDate(2025, 3, 30)),
            Person("D", "x", channel: "radio", acquired: new LocalDate(2026, 5, 1)), // after the as-of date
            Person("E", "x"),
        ];
        Purchase[] purchases =
        [
            new(customers[0].Code, new LocalDate(2025, 3, 26), Money.FromRials(100)),
            new(customers[0].Code, new LocalDate(2025, 5, 1), Money.FromRials(50)),
            new(customers[1].Code, new LocalDate(2025, 4, 3), Money.FromRials(70)),
            new(customers[1].Code, new LocalDate(2027, 1, 1), Money.FromRials(999)), // after the as-of date
        ];

        var rows = AcquisitionReport.Build(customers, purchases, new LocalDate(2026, 1, 1), PersianPeriodKind.Month);

        Assert.Equal(2, rows.Count);
        Assert.Equal(new AcquisitionReportRow("1404/01", "instagram", 2, 2, 3, 220m, 0.5), rows[0]);
        Assert.Equal(new AcquisitionReportRow("1404/01", "radio", 1, 0, 0, 0m, 0), rows[1]);
    }

    [Fact]
    public void OverTime_Dates_CountsMembersAtEachDate()
    {
        var people = CustomerFacts.Combine(
        [
            Person("A", "x", channel: "web", acquired: new LocalDate(2025, 1, 1)),
            Person("B", "x", channel: "web", acquired: new LocalDate(2025, 6, 1)),
        ]);
        var segment = Define(When("acquisitionDate", SegmentOperator.InLastDays, "365")).Compile();

        var points = SegmentSizeReport.OverTime(segment, _ => people, [new LocalDate(2025, 2, 1), new LocalDate(2025, 7, 1), new LocalDate(2026, 3, 1)]);

        Assert.Equal([1, 2, 1], points.Select(p => p.Count));
    }
}
