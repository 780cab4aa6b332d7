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
    // The codes in order (for pages, which start with a seek, not a scan) and the customers by code.
    private readonly SortedSet<CustomerCode> _codes = [];
    private readonly Dictionary<CustomerCode, Customer> _customers = [];
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

    /// <summary>Adds a customer when its code is free (the synchronous form of <see cref="TryAddAsync"/>).</summary>
    /// <param name="customer">The customer.</param>
    /// <returns><see langword="true"/> when added; <see langword="false"/> when the code is already taken.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customer"/> is <see langword="null"/>.</exception>
    public bool TryAdd(Customer customer)
    {
        Guard.Against.Null(customer);
        lock (_gate)
        {
            if (!_customers.TryAdd(customer.Code, customer))
            {
                return false;
            }

            _codes.Add(customer.Code);
            customer.AcceptChanges();
            return true;
        }
    }

    /// <summary>Finds a customer by code (the synchronous form of <see cref="FindAsync"/>).</summary>
    /// <param name="code">The code.</param>
    /// <returns>The stored customer object, or <see langword="null"/>.</returns>
    public Customer? Find(CustomerCode code)
    {
        lock (_gate)
        {
            return _customers.GetValueOrDefault(code);
        }
    }

    /// <summary>Gets every customer, sorted by code (ordinal).</summary>
    /// <returns>The customers.</returns>
    public IReadOnlyList<Customer> All()
    {
        lock (_gate)
        {
            return [.. Ordered()];
        }
    }

    /// <inheritdoc/>
    /// <remarks>The customer object itself is stored: <see cref="FindAsync"/> returns that same object.</remarks>
    public Task<bool> TryAddAsync(Customer customer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(TryAdd(customer));
    }

    /// <inheritdoc/>
    /// <remarks>Stores the object itself, replacing any other object with the same code. The in-memory store has no
    /// concurrency token: the last save wins.</remarks>
    public Task SaveAsync(Customer customer, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(customer);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            _customers[customer.Code] = customer;
            _codes.Add(customer.Code);
            customer.AcceptChanges();
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<Customer?> FindAsync(CustomerCode code, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Find(code));
    }

    /// <inheritdoc/>
    public Task<bool> RemoveAsync(CustomerCode code, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            _codes.Remove(code);
            return Task.FromResult(_customers.Remove(code));
        }
    }

    /// <inheritdoc/>
    public Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Count);
    }

    /// <inheritdoc/>
    public Task<CustomerPage> ListAsync(CustomerCode? after, int pageSize, CancellationToken cancellationToken = default)
    {
        CustomerPage.CheckSize(pageSize);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            // A view from the code after which the page starts: found in O(log n), so a page costs its size, not the store's.
            IEnumerable<CustomerCode> codes = after is { } a
                ? _codes.Count == 0 || a.CompareTo(_codes.Max) >= 0 ? [] : _codes.GetViewBetween(a, _codes.Max).SkipWhile(c => c.CompareTo(a) <= 0)
                : _codes;
            var page = codes.Take(pageSize + 1).Select(c => _customers[c]).ToList();
            var more = page.Count > pageSize;
            if (more)
            {
                page.RemoveAt(pageSize);
            }

            return Task.FromResult(new CustomerPage(page, more ? page[^1].Code : null));
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
            return [.. Ordered().OfType<Company>().Where(c => c.Contacts.Any(link => link.Person == person))];
        }
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<Customer>> SearchAsync(CustomerQuery query, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Search(query));
    }

    /// <summary>Finds the customers that match every set field of a query (the synchronous form of
    /// <see cref="SearchAsync"/>).</summary>
    /// <param name="query">The query; an empty query matches every customer.</param>
    /// <returns>The matches, sorted by customer code (ordinal).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<Customer> Search(CustomerQuery query)
    {
        Guard.Against.Null(query);
        var matcher = new CustomerMatcher(query);
        lock (_gate)
        {
            // Under the lock: a change made through TryUpdate is never seen half-way.
            return [.. Ordered().Where(matcher.Matches)];
        }
    }

    /// <summary>The customers in code order; call under the lock.</summary>
    private IEnumerable<Customer> Ordered() => _codes.Select(c => _customers[c]);
}
