using Crm.Core.Customers;
using Crm.Core.TestKit;

namespace Crm.Core.Lifetime.Tests;

/// <summary>The CDNOW reference data, read through the library's own readers.</summary>
internal static class Cdnow
{
    private static readonly Lazy<RfmCsvResult> Calibration = new(() =>
    {
        using var reader = new StreamReader(SharedData.PathOf("cdnow/cdnow_cbs_39wk_calibration.csv"));
        return RfmCsvReader.Read(reader);
    });

    private static readonly Lazy<RfmCsvResult> Rounded = new(() =>
    {
        using var reader = new StreamReader(SharedData.PathOf("cdnow/cdnow_customers_summary.csv"));
        return RfmCsvReader.Read(reader);
    });

    public static IReadOnlyList<CustomerRfm> Customers => Calibration.Value.Customers;

    /// <summary>lifetimes' summary file: the same customers with times rounded to 2 decimals of a week.</summary>
    public static RfmSummary RoundedWeeks() => LifetimeData.ToRfmSummary(Rounded.Value.Customers, TimeUnit.Weeks);

    public static RfmSummary Weeks() => LifetimeData.ToRfmSummary(Customers, TimeUnit.Weeks);

    public static IReadOnlyList<SpendSummaryRow> SpendRows() => LifetimeData.ToSpendRows(Customers);

    public static void AssertRelative(double expected, double actual, double tolerance, string name) =>
        Assert.True(Math.Abs(actual - expected) <= tolerance * Math.Abs(expected),
            $"{name}: expected {expected} within relative {tolerance}, got {actual}.");
}
