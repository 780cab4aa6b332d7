using Crm.Core.Customers;

namespace Crm.Core.EntityFrameworkCore.Internal;

/// <summary>
/// One customer's running purchase totals over every stored purchase: the last purchase date, the number of purchases,
/// their total and the lowest and highest currency code. Kept up to date by <see cref="EfCorePurchaseStore.AddAsync"/>
/// in the load's transaction, so RFM as of a date on or after the last stored purchase ranks one row per customer
/// instead of aggregating every purchase.
/// </summary>
internal sealed class PurchaseTotalRow
{
    public CustomerCode CustomerCode { get; set; }

    public DateOnly LastDate { get; set; }

    public long Purchases { get; set; }

    /// <summary>The total in ten-thousandths of the currency unit (<see cref="PurchaseAmounts.Scale"/>).</summary>
    public long AmountUnits { get; set; }

    public string MinCurrency { get; set; } = string.Empty;

    public string MaxCurrency { get; set; } = string.Empty;
}

/// <summary>What the totals cover: the purchases up to <see cref="CoveredTo"/> (the highest purchase id folded in) and
/// how many there were. The totals are used only while both still match the purchase table, so purchases written or
/// deleted other than through the store are noticed and the totals are not trusted until refreshed.</summary>
internal sealed class PurchaseTotalsState
{
    /// <summary>Always 1: the table has one row.</summary>
    public int Id { get; set; }

    public long CoveredTo { get; set; }

    public long CoveredCount { get; set; }
}
