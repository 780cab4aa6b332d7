using System.Data;
using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;
using Crm.Core.Customers;
using Crm.Core.EntityFrameworkCore.Internal;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Crm.Core.EntityFrameworkCore;

/// <summary>
/// A customer store over any DbContext whose model includes
/// <see cref="CrmModelBuilderExtensions.UseCrmCore(ModelBuilder)"/>: the whole aggregate (profile, phones, e-mails,
/// addresses, groups, tags, notes, interactions, history, contact persons) is saved and loaded. Like its DbContext, an
/// instance is not thread-safe: use one per unit of work (a scoped service).
/// </summary>
/// <remarks>Instants are stored to the microsecond; dates keep the calendar they were entered in.</remarks>
public sealed class EfCoreCustomerStore : ICustomerStore, ICustomerSearch
{
    private readonly DbContext _context;
    private readonly ConditionalWeakTable<Customer, StrongBox<long>> _versions = [];
    private PurchaseSql? _sql;

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
            customer.AcceptChanges();
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

    /// <summary>
    /// Adds many new customers in one transaction (the context's current one when there is one), in batches of
    /// <paramref name="batchSize"/> rows per <c>SaveChanges</c>, never one round trip per customer. A customer whose
    /// code is already stored, or repeats an earlier customer of the same call, is not added and is listed in the
    /// result; the others are.
    /// </summary>
    /// <param name="customers">The customers, read once, in order.</param>
    /// <param name="batchSize">Customers per batch, 1 to 10,000.</param>
    /// <param name="progress">Receives the number of customers read so far after each batch.</param>
    /// <param name="cancellationToken">Cancels the load; a transaction this method started is rolled back, so nothing
    /// of a cancelled load is kept.</param>
    /// <returns>How many were added, and each customer skipped with its position and rule.</returns>
    /// <remarks>Keeps the codes it has added for the length of the call (to tell a repeat from a stored code): memory
    /// grows with the number of customers, not with their rows.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="customers"/> is <see langword="null"/> or holds a
    /// <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="batchSize"/> is outside 1 to 10,000.</exception>
    public async Task<CustomerBulkResult> AddRangeAsync(
        IEnumerable<Customer> customers, int batchSize = 1000, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(customers);
        Guard.Against.OutOfRange(batchSize, nameof(batchSize), 1, CustomerPage.MaxPageSize);
        var own = _context.Database.CurrentTransaction is null
            ? await _context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false)
            : null;
        var detect = _context.ChangeTracker.AutoDetectChangesEnabled;
        _context.ChangeTracker.AutoDetectChangesEnabled = false;
        // On SQLite (in process) prepared single-row inserts per table beat EF Core's change tracking and batching by
        // far: the statements are prepared once for the whole call.
        var sqlite = _context.Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) == true
            ? SqliteCustomerRowWriter.Create(_context, _context.Database.GetDbConnection(), _context.Database.CurrentTransaction!.GetDbTransaction())
            : null;
        try
        {
            long added = 0, read = 0;
            var skipped = new List<CustomerBulkSkip>();
            var codes = new HashSet<CustomerCode>();   // added by this call, to tell a repeat from a stored code
            var batch = new List<Customer>(batchSize);
            foreach (var customer in customers)
            {
                Guard.Against.Null(customer, nameof(customers));
                batch.Add(customer);
                read++;
                if (batch.Count == batchSize)
                {
                    added += await AddBatchAsync(batch, read - batch.Count, codes, skipped, sqlite, cancellationToken).ConfigureAwait(false);
                    progress?.Report(read);
                }
            }

            added += await AddBatchAsync(batch, read - batch.Count, codes, skipped, sqlite, cancellationToken).ConfigureAwait(false);
            progress?.Report(read);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            return new CustomerBulkResult(added, skipped);
        }
        finally
        {
            if (sqlite is not null)
            {
                await sqlite.DisposeAsync().ConfigureAwait(false);
            }

            _context.ChangeTracker.AutoDetectChangesEnabled = detect;
            _context.ChangeTracker.Clear();
            if (own is not null)
            {
                await own.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private async Task<long> AddBatchAsync(
        List<Customer> batch, long firstIndex, HashSet<CustomerCode> added, List<CustomerBulkSkip> skipped, SqliteCustomerRowWriter? sqlite,
        CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return 0;
        }

        var keys = batch.Select(c => c.Code).Distinct().ToList();
        var stored = (await _context.Set<CustomerRow>().AsNoTracking().Where(c => keys.Contains(c.Code)).Select(c => c.Code)
            .ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet();
        var seen = new HashSet<CustomerCode>();
        var rows = new List<(Customer Customer, CustomerRow Row)>(batch.Count);
        for (var i = 0; i < batch.Count; i++)
        {
            var customer = batch[i];
            if (stored.Contains(customer.Code) || !seen.Add(customer.Code))
            {
                // A code an earlier batch of this call added is in the database too: it is a repeat, not a stored one.
                var existed = stored.Contains(customer.Code) && !added.Contains(customer.Code);
                skipped.Add(new CustomerBulkSkip(firstIndex + i, customer.Code, existed ? CustomerBulkSkip.Exists : CustomerBulkSkip.Duplicate));
                continue;
            }

            added.Add(customer.Code);

            var row = new CustomerRow();
            CustomerWriter.Write(customer, row);
            rows.Add((customer, row));
        }

        if (sqlite is not null)
        {
            foreach (var (_, row) in rows)
            {
                await sqlite.WriteAsync(row, cancellationToken).ConfigureAwait(false);
            }
        }
        else
        {
            foreach (var (_, row) in rows)
            {
                _context.Add(row);
            }

            await _context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            _context.ChangeTracker.Clear();
        }
        foreach (var (customer, row) in rows)
        {
            _versions.AddOrUpdate(customer, new StrongBox<long>(row.Version));
            customer.AcceptChanges();
        }

        batch.Clear();
        return rows.Count;
    }

    /// <summary>Saves a customer: adds it when its code is new, otherwise writes every change made since it was stored
    /// (changed fields are updated, new notes, interactions and history entries appended, removed phones deleted).</summary>
    /// <remarks>
    /// <para>Changes to fields (profile, phones, e-mails, addresses, groups, tags, rank, owner, contact persons) are
    /// checked against the version this store read when it loaded or last saved the customer: when another writer has
    /// saved a field change since, this save fails with <see cref="DbUpdateConcurrencyException"/> naming the customer,
    /// and nothing is written.</para>
    /// <para>Notes, interactions and their history entries are append-only and never conflict: a save that only adds
    /// them appends them after whatever is stored by then, so when two writers add notes to the same customer at the
    /// same time, both notes are kept. Such a save does not change the version, and the saved object does not show the
    /// other writer's notes until it is loaded again.</para>
    /// <para>The customer row is locked for the length of the save (<c>SELECT … FOR UPDATE</c> on PostgreSQL; SQLite
    /// serialises writers), so concurrent appends take their places one after another. On another provider two appends
    /// at the same moment can meet on a list position, and the later save fails with a <see cref="DbUpdateException"/>;
    /// save again.</para>
    /// </remarks>
    /// <param name="customer">The customer.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the customer is saved.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customer"/> is <see langword="null"/>.</exception>
    /// <exception cref="DbUpdateConcurrencyException">The customer was loaded or saved by this store, it has field changes,
    /// and another writer has saved a field change or removed it since (or it was removed and this save only appends);
    /// nothing is written. Load it again, reapply the change and save.</exception>
    public async Task SaveAsync(Customer customer, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(customer);
        var code = customer.Code;
        var known = _versions.TryGetValue(customer, out var version);
        var pending = customer.PendingChanges;
        var onlyAppends = known && CustomerWriter.OnlyAppends(pending);
        if (onlyAppends && pending.Count == 0)
        {
            return;   // nothing changed since it was loaded or saved
        }

        var own = _context.Database.CurrentTransaction is null
            ? await _context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false)
            : null;
        CustomerRow? row = null;
        try
        {
            await RowLock.ForUpdateAsync<CustomerRow>(_context, nameof(CustomerRow.Code), code.Value, cancellationToken).ConfigureAwait(false);
            row = await _context.Set<CustomerRow>().AsSplitQuery().FirstOrDefaultAsync(c => c.Code == code, cancellationToken).ConfigureAwait(false);
            if (row is null)
            {
                if (known)
                {
                    throw Conflict(code, version!.Value, null);
                }

                row = new CustomerRow();
                _context.Add(row);
                CustomerWriter.Write(customer, row);
            }
            else if (!known)
            {
                CustomerWriter.Write(customer, row);
            }
            else if (onlyAppends)
            {
                CustomerWriter.Append(customer, row, pending);
            }
            else
            {
                // The concurrency token is checked against the version this store read, not the one just re-read.
                _context.Entry(row).Property(r => r.Version).OriginalValue = version!.Value;
                CustomerWriter.Write(customer, row, pending);
            }

            await _context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (DbUpdateConcurrencyException e)
        {
            throw Conflict(code, version?.Value ?? row!.Version - 1, e);
        }
        finally
        {
            if (row is not null)
            {
                Detach(row);
            }

            if (own is not null)
            {
                await own.DisposeAsync().ConfigureAwait(false);
            }
        }

        if (!onlyAppends)
        {
            _versions.AddOrUpdate(customer, new StrongBox<long>(row.Version));
        }

        customer.AcceptChanges();
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
        catch (Exception e) when (BadStoredValue(e) is { } bad)
        {
            throw new InvalidOperationException($"Customer '{code}' could not be loaded: {bad.Message}", e);
        }
    }

    /// <summary>
    /// Finds the customers that match every set field of a query, in the database, with the rules of
    /// <see cref="CustomerMatcher"/>: the query is normalised (<see cref="NormalizedCustomerQuery"/>) and compared with
    /// folded search columns written on save, so «علي» finds «علی», any phone form finds the number and identifiers
    /// match in any digit script. Only the matching customers are loaded.
    /// </summary>
    /// <param name="query">The query; an empty query matches every customer.</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    /// <returns>The matches, sorted by customer code (ordinal).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">A stored value of a matching customer is no longer valid; the message
    /// names the customer and the value.</exception>
    /// <remarks>Identifier, phone, e-mail, place, label, rank, channel and owner conditions use indexes; the name words
    /// are found with the provider's substring function on the folded names column (a scan of the customers table, in
    /// the database).</remarks>
    public async Task<IReadOnlyList<Customer>> SearchAsync(CustomerQuery query, CancellationToken cancellationToken = default)
    {
        var q = NormalizedCustomerQuery.From(query);
        if (q.MatchesNothing)
        {
            return [];
        }

        IQueryable<CustomerRow> rows = _context.Set<CustomerRow>().AsNoTracking();
        if (q.Code is { } code)
        {
            var key = CustomerCode.Parse(code);
            rows = rows.Where(c => c.Code == key);
        }

        if (q.Kind is { } kind)
        {
            rows = rows.Where(c => c.Kind == kind);
        }

        foreach (var word in q.Words)
        {
            rows = rows.Where(c => c.SearchNames.Contains(word));
        }

        if (q.NationalCode is { } nationalCode)
        {
            var value = NationalCode.Parse(nationalCode);
            rows = rows.Where(c => c.Kind == CustomerKind.Individual && c.NationalCode == value);
        }

        if (q.LegalEntityId is { } legalEntityId)
        {
            var value = LegalEntityId.Parse(legalEntityId);
            rows = rows.Where(c => c.Kind == CustomerKind.Company && c.LegalEntityId == value);
        }

        if (q.EconomicCode is { } economicCode)
        {
            var value = EconomicCode.Parse(economicCode);
            rows = rows.Where(c => c.Kind == CustomerKind.Company && c.EconomicCode == value);
        }

        if (q.Phone is { } phone)
        {
            rows = rows.Where(c => c.Phones.Any(p => p.Number == phone));
        }

        if (q.Email is { } email)
        {
            var upper = email.ToUpperInvariant();
            rows = rows.Where(c => c.Emails.Any(e => e.SearchAddress == upper));
        }

        if (q.Province is { } province)
        {
            rows = rows.Where(c => c.Addresses.Any(a => a.SearchProvince == province));
        }

        if (q.City is { } city)
        {
            rows = rows.Where(c => c.Addresses.Any(a => a.SearchCity == city));
        }

        if (q.Group is { } group)
        {
            rows = rows.Where(c => c.Labels.Any(l => l.Kind == LabelRow.Group && l.SearchValue == group));
        }

        if (q.Tag is { } tag)
        {
            rows = rows.Where(c => c.Labels.Any(l => l.Kind == LabelRow.Tag && l.SearchValue == tag));
        }

        if (q.Rank is { } rank)
        {
            rows = rows.Where(c => c.SearchRank == rank);
        }

        if (q.Channel is { } channel)
        {
            rows = rows.Where(c => c.SearchChannel == channel);
        }

        if (q.Owner is { } owner)
        {
            rows = rows.Where(c => c.SearchOwner == owner);
        }

        List<CustomerRow> found;
        try
        {
            found = await rows.AsSplitQuery().ToListAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (BadStoredValue(e) is { } bad)
        {
            throw new InvalidOperationException($"A customer matching the search could not be loaded: {bad.Message}", e);
        }

        var customers = found.Select(ReadNamed).ToList();
        customers.Sort((x, y) => x.Code.CompareTo(y.Code));
        return customers;
    }

    /// <summary>Reads one page of customers in ordinal code order, starting after a code.</summary>
    /// <param name="after">The last code of the previous page, or <see langword="null"/> for the first page.</param>
    /// <param name="pageSize">The most customers to return, 1 to 10,000.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The page.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pageSize"/> is outside 1 to 10,000.</exception>
    /// <exception cref="InvalidOperationException">A stored value of a customer on the page is no longer valid; the
    /// message names the customer and the value.</exception>
    public async Task<CustomerPage> ListAsync(CustomerCode? after, int pageSize, CancellationToken cancellationToken = default)
    {
        CustomerPage.CheckSize(pageSize);
        // Keyset paging on the primary key, in ordinal order whatever the database's collation: the page's codes first
        // (one indexed range scan), then their rows.
        var page = await PageCodesAsync(after, pageSize + 1, cancellationToken).ConfigureAwait(false);
        var more = page.Count > pageSize;
        if (more)
        {
            page.RemoveAt(pageSize);
        }

        var customers = new List<Customer>(page.Count);
        foreach (var chunk in page.Chunk(500))
        {
            var keys = chunk.ToList();
            List<CustomerRow> rows;
            try
            {
                rows = await Rows.Where(c => keys.Contains(c.Code)).ToListAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (BadStoredValue(e) is { } bad)
            {
                throw new InvalidOperationException($"A customer of the page after '{after}' could not be loaded: {bad.Message}", e);
            }

            customers.AddRange(rows.Select(ReadNamed));
        }

        customers.Sort((x, y) => x.Code.CompareTo(y.Code));
        return new CustomerPage(customers, more ? customers[^1].Code : null);
    }

    /// <summary>Loads every customer, sorted by code (ordinal).</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The customers.</returns>
    public async Task<IReadOnlyList<Customer>> AllAsync(CancellationToken cancellationToken = default)
    {
        var rows = await Rows.ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(ReadNamed).OrderBy(c => c.Code)];
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

    private async Task<List<CustomerCode>> PageCodesAsync(CustomerCode? after, int take, CancellationToken cancellationToken)
    {
        var sql = _sql ??= new PurchaseSql(_context);
        // Customer codes hold only BMP letters, digits and - _ . /, so code-point order is ordinal order: SQLite's
        // default BINARY collation gives it, PostgreSQL needs the "C" collation.
        var code = sql.CustomersCode + (sql.IsPostgres ? " COLLATE \"C\"" : string.Empty);
        var codes = new List<CustomerCode>(take);
        await _context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var command = _context.Database.GetDbConnection().CreateCommand();
            command.Transaction = _context.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = $"SELECT {sql.CustomersCode} FROM {sql.CustomersTable}"
                + (after is null ? string.Empty : $" WHERE {code} > @after") + $" ORDER BY {code} LIMIT @take";
            if (after is { } a)
            {
                PurchaseSql.Parameter(command, "after", a.Value).DbType = DbType.String;
            }

            PurchaseSql.Parameter(command, "take", take).DbType = DbType.Int32;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var text = reader.GetString(0);
                codes.Add(CustomerCode.TryParse(text, out var parsed)
                    ? parsed
                    : throw new InvalidOperationException($"The stored customer code '{text}' is not valid; fix the row in {sql.CustomersTable}."));
            }
        }
        finally
        {
            await _context.Database.CloseConnectionAsync().ConfigureAwait(false);
        }

        return codes;
    }

    /// <summary>The stored value that could not be read back, when an exception comes from one.</summary>
    private static Exception? BadStoredValue(Exception e) => e switch
    {
        FormatException or ArgumentException => e,
        { InnerException: FormatException or ArgumentException } => e.InnerException,
        _ => null,
    };

    private Customer ReadNamed(CustomerRow row)
    {
        try
        {
            return Read(row);
        }
        catch (Exception e) when (BadStoredValue(e) is { } bad)
        {
            throw new InvalidOperationException($"Customer '{row.Code}' could not be loaded: {bad.Message}", e);
        }
    }

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
