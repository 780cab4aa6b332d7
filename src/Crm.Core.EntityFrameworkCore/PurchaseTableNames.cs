namespace Crm.Core.EntityFrameworkCore;

/// <summary>The purchase table and its columns as the EF Core model names them (unquoted), for bulk writers.</summary>
/// <param name="Schema">The schema, or <see langword="null"/> for the default one.</param>
/// <param name="Table">The table name, table prefix included.</param>
/// <param name="CustomerCode">The customer-code column.</param>
/// <param name="Date">The date column.</param>
/// <param name="AmountUnits">The amount column (64-bit integer, ten-thousandths).</param>
/// <param name="Currency">The currency column.</param>
public sealed record PurchaseTableNames(string? Schema, string Table, string CustomerCode, string Date, string AmountUnits, string Currency);
