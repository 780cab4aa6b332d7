using Ardalis.GuardClauses;
using Crm.Core.Customers;
using Crm.Core.EntityFrameworkCore.Internal;
using Microsoft.EntityFrameworkCore;

namespace Crm.Core.EntityFrameworkCore;

/// <summary>
/// A customer store over any DbContext whose model includes
/// <see cref="CrmModelBuilderExtensions.UseCrmCore(ModelBuilder)"/>: the whole aggregate (profile, phones, e-mails,
/// addresses, groups, tags, notes, interactions, history, contact persons) is saved and loaded. Like its DbContext, an
/// instance is not thread-safe: use one per unit of work (a scoped service).
/// </summary>
/// <remarks>Instants are stored to the microsecond; dates keep the calendar they were entered in.</remarks>
public sealed class EfCoreCustomerStore : ICustomerStore
{
    private readonly DbContext _context;

    /// <summary>Creates a store over a context.</summary>
    /// <param name="context">A context whose model includes the Crm.Core model.</param>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The context's model does not include the Crm.Core model.</exception>
    public EfCoreCustomerStore(DbContext context)
    {
        _context = Guard.Against.Null(context);
        if (context.Model.FindEntityType(typeof(CustomerRow)) is null)
        {
            throw new InvalidOperationException($"The model of {context.GetType().Name} does not include the Crm.Core model: call modelBuilder.UseCrmCore() in OnModelCreating.");
        }
    }

    private IQueryable<CustomerRow> Rows => _context.Set<CustomerRow>().AsNoTracking().AsSplitQuery();

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="customer"/> is <see langword="null"/>.</exception>
    public bool TryAdd(Customer customer) => TryAddAsync(customer).GetAwaiter().GetResult();

    /// <inheritdoc/>
    public Customer? Find(CustomerCode code) => FindAsync(code).GetAwaiter().GetResult();

    /// <inheritdoc/>
    public IReadOnlyList<Customer> All() => AllAsync().GetAwaiter().GetResult();

    /// <summary>Adds a customer and saves it.</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns><see langword="true"/> when added; <see langword="false"/> when the code is already taken.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customer"/> is <see langword="null"/>.</exception>
    public async Task<bool> TryAddAsync(Customer customer, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(customer);
        var code = customer.Code;
        if (await _context.Set<CustomerRow>().AnyAsync(c => c.Code == code, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        var row = new CustomerRow();
        CustomerWriter.Write(customer, row);
        var entry = _context.Add(row);
        try
        {
            await _context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (DbUpdateException)
        {
            entry.State = EntityState.Detached;
            if (await _context.Set<CustomerRow>().AsNoTracking().AnyAsync(c => c.Code == code, cancellationToken).ConfigureAwait(false))
            {
                return false;   // another writer added the same code between the check and the insert
            }

            throw;
        }
    }

    /// <summary>Saves a customer: adds it when its code is new, otherwise writes every change made since it was stored
    /// (changed fields are updated, new notes, interactions and history entries appended, removed phones deleted).</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the customer is saved.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customer"/> is <see langword="null"/>.</exception>
    /// <exception cref="DbUpdateConcurrencyException">Another writer saved the same customer after this context read it.</exception>
    public async Task SaveAsync(Customer customer, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(customer);
        var code = customer.Code;
        var row = await _context.Set<CustomerRow>().AsSplitQuery().FirstOrDefaultAsync(c => c.Code == code, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            row = new CustomerRow();
            _context.Add(row);
        }

        CustomerWriter.Write(customer, row);
        await _context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Finds a customer by code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The customer, or <see langword="null"/>.</returns>
    public async Task<Customer?> FindAsync(CustomerCode code, CancellationToken cancellationToken = default)
    {
        var row = await Rows.FirstOrDefaultAsync(c => c.Code == code, cancellationToken).ConfigureAwait(false);
        return row is null ? null : CustomerReader.Read(row);
    }

    /// <summary>Loads every customer, sorted by code (ordinal).</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The customers.</returns>
    public async Task<IReadOnlyList<Customer>> AllAsync(CancellationToken cancellationToken = default)
    {
        var rows = await Rows.ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(CustomerReader.Read).OrderBy(c => c.Code)];
    }

    /// <summary>Counts the stored customers.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The number of customers.</returns>
    public Task<int> CountAsync(CancellationToken cancellationToken = default) =>
        _context.Set<CustomerRow>().CountAsync(cancellationToken);

    /// <summary>Removes a customer and every row it owns (its purchases stay).</summary>
    /// <param name="code">The code.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns><see langword="true"/> when a customer was removed.</returns>
    public async Task<bool> RemoveAsync(CustomerCode code, CancellationToken cancellationToken = default)
    {
        var row = await _context.Set<CustomerRow>().AsSplitQuery().FirstOrDefaultAsync(c => c.Code == code, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            return false;
        }

        _context.Remove(row);
        await _context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }
}
