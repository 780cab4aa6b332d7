using Crm.Core.Customers;

namespace Crm.Core.Segmentation;

/// <summary>A row that was reported and skipped by <see cref="PurchaseCsvImporter"/>.</summary>
/// <param name="Line">The 1-based line of the file where the row starts (the header is line 1).</param>
/// <param name="Error">The field, the rule that failed, the offending value and an invariant-culture message.</param>
public sealed record PurchaseImportError(long Line, ValidationError Error);
