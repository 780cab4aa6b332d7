namespace Crm.Core.Customers;

/// <summary>Searches customers by any field. Implement it on your own store; <see cref="InMemoryCustomerStore"/> is the in-memory one.</summary>
public interface ICustomerSearch
{
    /// <summary>Finds the customers that match every set field of a query.</summary>
    /// <param name="query">The query; an empty query matches every customer.</param>
    /// <returns>The matches, sorted by customer code (ordinal).</returns>
    IReadOnlyList<Customer> Search(CustomerQuery query);
}
