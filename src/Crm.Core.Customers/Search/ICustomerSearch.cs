namespace Crm.Core.Customers;

/// <summary>
/// Searches customers by any field, with the rules of <see cref="CustomerMatcher"/> (Persian fold, any phone form,
/// identifiers in any digit script). <see cref="InMemoryCustomerStore"/> searches in memory; <c>EfCoreCustomerStore</c>
/// (package Crm.Core.EntityFrameworkCore) searches in the database.
/// </summary>
public interface ICustomerSearch
{
    /// <summary>Finds the customers that match every set field of a query.</summary>
    /// <param name="query">The query; an empty query matches every customer.</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    /// <returns>The matches, sorted by customer code (ordinal).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is <see langword="null"/>.</exception>
    Task<IReadOnlyList<Customer>> SearchAsync(CustomerQuery query, CancellationToken cancellationToken = default);
}
