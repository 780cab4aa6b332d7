namespace Crm.Core.EntityFrameworkCore;

/// <summary>A purchase as stored: the customer code's canonical text, the ISO date, the amount in ten-thousandths of
/// the currency unit, and the ISO 4217 currency code. Handed to an <see cref="IPurchaseBulkWriter"/>.</summary>
/// <param name="CustomerCode">The customer code.</param>
/// <param name="Date">The ISO date of the purchase.</param>
/// <param name="AmountUnits">The amount × 10,000 (exact: amounts have at most 4 decimal places).</param>
/// <param name="Currency">The three-letter currency code.</param>
public readonly record struct StoredPurchase(string CustomerCode, DateOnly Date, long AmountUnits, string Currency);
