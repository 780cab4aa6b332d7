namespace Crm.Core.Customers;

/// <summary>The outcome of <see cref="PurchaseSummarizer.Summarize"/>: figures per customer and everything not summarised.</summary>
/// <param name="Customers">One summary per customer with at least one purchase on or before the as-of date, sorted by code (ordinal).</param>
/// <param name="PurchasesAfterAsOf">How many purchases were dated after the as-of date and therefore not counted.</param>
/// <param name="Errors">Customers that could not be summarised (for example mixed currencies), one error each.</param>
public sealed record PurchaseSummary(
    IReadOnlyList<CustomerSummary> Customers,
    int PurchasesAfterAsOf,
    IReadOnlyList<ValidationError> Errors);
