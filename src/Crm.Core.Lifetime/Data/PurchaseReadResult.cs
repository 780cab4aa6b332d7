using Crm.Core.Customers;

namespace Crm.Core.Lifetime;

/// <summary>The outcome of reading a transactions file: the purchases read and one error per rejected line.</summary>
/// <param name="Purchases">The valid purchases, in file order.</param>
/// <param name="Errors">One error per rejected line; the rest of the file is still read.</param>
public sealed record PurchaseReadResult(IReadOnlyList<Purchase> Purchases, IReadOnlyList<ValidationError> Errors);
