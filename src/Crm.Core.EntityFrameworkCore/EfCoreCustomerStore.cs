using System.Runtime.CompilerServices;
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
    private readonly ConditionalWeakTable<Customer, StrongBox<long>> _versions = [];

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
        _context.Add(row);
        try
        {
            await _context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            _versions.AddOrUpdate(customer, new StrongBox<long>(row.Version));
            Detach(row);
            return true;
        }
        catch (DbUpdateException)
        {
            Detach(row);
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
    /// <exception cref="DbUpdateConcurrencyException">The customer was loaded or saved by this store and another writer
    /// has saved or removed it since; nothing is written. Load it again, reapply the change and save.</exception>
    public async Task SaveAsync(Customer customer, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(customer);
        var code = customer.Code;
        var known = _versions.TryGetValue(customer, out var version);
        var row = await _context.Set<CustomerRow>().AsSplitQuery().FirstOrDefaultAsync(c => c.Code == code, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            if (known)
            {
                throw Conflict(code, version!.Value, null);
            }

            row = new CustomerRow();
            _context.Add(row);
        }
        else if (known)
        {
            // The concurrency token is checked against the version this store read, not the one just re-read.
            _context.Entry(row).Property(r => r.Version).OriginalValue = version!.Value;
        }

        CustomerWriter.Write(customer, row);
        try
        {
            await _context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException e)
        {
            throw Conflict(code, version?.Value ?? row.Version - 1, e);
        }
        catch (DbUpdateException e) when (known)
        {
            // A concurrent writer may have appended the same list position first (a key violation rather than a
            // version mismatch, depending on which statement ran first): report it as the conflict it is.
            var current = await _context.Set<CustomerRow>().AsNoTracking().Where(c => c.Code == code)
                .Select(c => (long?)c.Version).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (current != version!.Value)
            {
                throw Conflict(code, version.Value, e);
            }

            throw;
        }
        finally
        {
            Detach(row);
        }

        _versions.AddOrUpdate(customer, new StrongBox<long>(row.Version));
    }

    /// <summary>Finds a customer by code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The customer, or <see langword="null"/>.</returns>
    /// <exception cref="InvalidOperationException">A stored value of the customer is no longer valid (for example an
    /// identifier edited by hand); the message names the customer and the value.</exception>
    public async Task<Customer?> FindAsync(CustomerCode code, CancellationToken cancellationToken = default)
    {
        try
        {
            var row = await Rows.FirstOrDefaultAsync(c => c.Code == code, cancellationToken).ConfigureAwait(false);
            return row is null ? null : Read(row);
        }
        catch (Exception e) when (e is FormatException || e.InnerException is FormatException)
        {
            var format = e as FormatException ?? (FormatException)e.InnerException!;
            throw new InvalidOperationException($"Customer '{code}' could not be loaded: {format.Message}", e);
        }
    }

    /// <summary>Loads every customer, sorted by code (ordinal).</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The customers.</returns>
    public async Task<IReadOnlyList<Customer>> AllAsync(CancellationToken cancellationToken = default)
    {
        var rows = await Rows.ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(Read).OrderBy(c => c.Code)];
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
        try
        {
            await _context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Detach(row);
        }

        return true;
    }

    private static DbUpdateConcurrencyException Conflict(CustomerCode code, long version, Exception? inner) =>
        new($"Customer '{code}' was changed or removed by another writer after this store read version {version}; nothing was saved. Load the customer again, reapply the change and save.",
            inner);

    private Customer Read(CustomerRow row)
    {
        var customer = CustomerReader.Read(row);
        _versions.AddOrUpdate(customer, new StrongBox<long>(row.Version));
        return customer;
    }

    /// <summary>Stops tracking a customer row and the rows it owns, so the next save reads them afresh.</summary>
    private void Detach(CustomerRow row)
    {
        IEnumerable<object> owned = [.. row.Phones, .. row.Emails, .. row.Addresses, .. row.Labels, .. row.Notes, .. row.Interactions, .. row.History, .. row.Contacts];
        foreach (var entity in owned.Prepend(row))
        {
            var entry = _context.Entry(entity);
            if (entry.State != EntityState.Detached)
            {
                entry.State = EntityState.Detached;
            }
        }
    }
}
