using Ardalis.GuardClauses;

namespace Crm.Core.Customers;

/// <summary>An in-memory customer store with search on every field. Thread-safe for concurrent reads and writes.</summary>
public sealed class InMemoryCustomerStore : ICustomerStore, ICustomerSearch
{
    private readonly SortedDictionary<CustomerCode, Customer> _customers = new();
    private readonly Lock _gate = new();

    /// <summary>Gets the number of customers.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _customers.Count;
            }
        }
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="customer"/> is <see langword="null"/>.</exception>
    public bool TryAdd(Customer customer)
    {
        Guard.Against.Null(customer);
        lock (_gate)
        {
            return _customers.TryAdd(customer.Code, customer);
        }
    }

    /// <inheritdoc/>
    public Customer? Find(CustomerCode code)
    {
        lock (_gate)
        {
            return _customers.GetValueOrDefault(code);
        }
    }

    /// <inheritdoc/>
    public IReadOnlyList<Customer> All()
    {
        lock (_gate)
        {
            return [.. _customers.Values];
        }
    }

    /// <summary>Finds the companies where a person holds or held a contact role.</summary>
    /// <param name="person">The person's customer code.</param>
    /// <returns>The companies, sorted by code.</returns>
    public IReadOnlyList<Company> CompaniesOf(CustomerCode person) =>
        [.. All().OfType<Company>().Where(c => c.Contacts.Any(link => link.Person == person))];

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<Customer> Search(CustomerQuery query)
    {
        Guard.Against.Null(query);
        var matcher = new CustomerMatcher(query);
        return [.. All().Where(matcher.Matches)];
    }
}
