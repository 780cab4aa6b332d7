using Crm.Core.Customers;

namespace Crm.Core.Lifetime;

/// <summary>The outcome of reading a summary CSV: the customers read and one error per rejected row.</summary>
/// <param name="Customers">The valid rows, in file order.</param>
/// <param name="Errors">One error per rejected row; the rest of the file is still read.</param>
/// <param name="HasMonetaryValue">Whether the file has a monetary-value column.</param>
public sealed record RfmCsvResult(IReadOnlyList<CustomerRfm> Customers, IReadOnlyList<ValidationError> Errors, bool HasMonetaryValue);
