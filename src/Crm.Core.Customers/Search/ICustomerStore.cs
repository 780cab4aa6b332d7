namespace Crm.Core.Customers;

/// <summary>
/// Holds customer records by code: add, save changes, find, remove, count and page through them in a stable order.
/// <see cref="InMemoryCustomerStore"/> is the in-memory one; <c>EfCoreCustomerStore</c> (package
/// Crm.Core.EntityFrameworkCore) stores them in a relational database.
/// </summary>
/// <remarks>
/// Codes are compared ordinally (<see cref="CustomerCode.CompareTo"/>): pages come in that order whatever the database's
/// collation. A successful add or save calls <see cref="Customer.AcceptChanges"/>, so
/// <see cref="Customer.PendingChanges"/> lists what has not been saved yet.
/// </remarks>
public interface ICustomerStore
{
    /// <summary>Adds a customer when its code is free.</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns><see langword="true"/> when added; <see langword="false"/> when the code is already taken (individuals
    /// and companies share codes).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customer"/> is <see langword="null"/>.</exception>
    Task<bool> TryAddAsync(Customer customer, CancellationToken cancellationToken = default);

    /// <summary>Saves a customer: adds it when its code is new, otherwise stores every change made since it was loaded.</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the customer is saved.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customer"/> is <see langword="null"/>.</exception>
    Task SaveAsync(Customer customer, CancellationToken cancellationToken = default);

    /// <summary>Finds a customer by code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The customer, or <see langword="null"/>.</returns>
    Task<Customer?> FindAsync(CustomerCode code, CancellationToken cancellationToken = default);

    /// <summary>Removes a customer.</summary>
    /// <param name="code">The code.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns><see langword="true"/> when a customer was removed.</returns>
    Task<bool> RemoveAsync(CustomerCode code, CancellationToken cancellationToken = default);

    /// <summary>Counts the customers.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The number of customers.</returns>
    Task<int> CountAsync(CancellationToken cancellationToken = default);

    /// <summary>Reads one page of customers in code order (ordinal), starting after a code.</summary>
    /// <param name="after">The last code of the previous page (<see cref="CustomerPage.Next"/>), or
    /// <see langword="null"/> for the first page.</param>
    /// <param name="pageSize">The most customers to return, 1 to 10,000.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The page; its <see cref="CustomerPage.Next"/> is <see langword="null"/> on the last page.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pageSize"/> is outside 1 to 10,000.</exception>
    Task<CustomerPage> ListAsync(CustomerCode? after, int pageSize, CancellationToken cancellationToken = default);
}
