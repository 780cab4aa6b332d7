namespace Crm.Core.Customers;

/// <summary>Holds customer records by code. Implement it on your own store; <see cref="InMemoryCustomerStore"/> is the in-memory one.</summary>
public interface ICustomerStore
{
    /// <summary>Adds a customer.</summary>
    /// <param name="customer">The customer.</param>
    /// <returns><see langword="true"/> when added; <see langword="false"/> when the code is already taken (individuals and companies share codes).</returns>
    bool TryAdd(Customer customer);

    /// <summary>Finds a customer by code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The customer, or <see langword="null"/>.</returns>
    Customer? Find(CustomerCode code);

    /// <summary>Gets every customer, sorted by code.</summary>
    /// <returns>The customers.</returns>
    IReadOnlyList<Customer> All();
}
