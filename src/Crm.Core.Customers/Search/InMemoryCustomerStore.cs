using Ardalis.GuardClauses;

namespace Crm.Core.Customers;

/// <summary>
/// An in-memory customer store with search on every field. The store's own operations are thread-safe. A
/// <see cref="Customer"/> object is not: change a stored customer through <see cref="TryUpdate"/>, which holds the
/// store's lock, so a concurrent <see cref="Search"/> never reads a customer half-way through a change (changing a
/// customer returned by <see cref="Find"/> directly while other threads search can make the search fail).
/// </summary>
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

    /// <summary>Changes a stored customer under the store's lock, so concurrent searches see it before or after the
    /// change, never during it.</summary>
    /// <param name="code">The customer's code.</param>
    /// <param name="change">The change, for example <c>c =&gt; c.AddTag("VIP", stamp)</c>; keep it short, searches wait for it.</param>
    /// <returns><see langword="true"/> when the customer was found and changed; <see langword="false"/> when no customer
    /// has the code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="change"/> is <see langword="null"/>.</exception>
    public bool TryUpdate(CustomerCode code, Action<Customer> change)
    {
        Guard.Against.Null(change);
        lock (_gate)
        {
            if (!_customers.TryGetValue(code, out var customer))
            {
                return false;
            }

            change(customer);
            return true;
        }
    }

    /// <summary>Finds the companies where a person holds or held a contact role.</summary>
    /// <param name="person">The person's customer code.</param>
    /// <returns>The companies, sorted by code.</returns>
    public IReadOnlyList<Company> CompaniesOf(CustomerCode person)
    {
        lock (_gate)
        {
            return [.. _customers.Values.OfType<Company>().Where(c => c.Contacts.Any(link => link.Person == person))];
        }
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<Customer> Search(CustomerQuery query)
    {
        Guard.Against.Null(query);
        var matcher = new CustomerMatcher(query);
        lock (_gate)
        {
            // Under the lock: a change made through TryUpdate is never seen half-way.
            return [.. _customers.Values.Where(matcher.Matches)];
        }
    }
}
