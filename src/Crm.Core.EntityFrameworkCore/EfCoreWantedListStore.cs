using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;
using Crm.Core.EntityFrameworkCore.Internal;
using Crm.Core.Segmentation;
using Microsoft.EntityFrameworkCore;

namespace Crm.Core.EntityFrameworkCore;

/// <summary>
/// Wanted lists (<see cref="WantedList"/>) in the database, over any DbContext whose model includes
/// <see cref="CrmModelBuilderExtensions.UseCrmCore(ModelBuilder)"/>: saved and loaded by name with their targets and
/// candidates (order, priority, nomination and listing) and their whole history. Like its DbContext, an instance is not
/// thread-safe: use one per unit of work (a scoped service).
/// </summary>
/// <remarks>
/// The list row carries a <c>version</c> column used as an optimistic concurrency token, checked against the version
/// this store read when it loaded (or last saved) that <see cref="WantedList"/> object; the history is append-only
/// (each save appends the entries recorded since), so two writers never overwrite each other's history: the second
/// save fails instead. Instants are stored to the microsecond.
/// </remarks>
public sealed class EfCoreWantedListStore
{
    private readonly DbContext _context;
    private readonly ConditionalWeakTable<WantedList, StrongBox<(long Version, int History)>> _known = [];

    /// <summary>Creates a store over a context.</summary>
    /// <param name="context">A context whose model includes the Crm.Core model.</param>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The context's model does not include the Crm.Core model.</exception>
    public EfCoreWantedListStore(DbContext context)
    {
        _context = Guard.Against.Null(context);
        if (context.Model.FindEntityType(typeof(WantedListRow)) is null)
        {
            throw new InvalidOperationException($"The model of {context.GetType().Name} does not include the Crm.Core model: call modelBuilder.UseCrmCore() in OnModelCreating.");
        }
    }

    /// <summary>
    /// Saves a list: adds it when its name is new; otherwise writes its capacity, targets and candidates and appends
    /// the history entries recorded since this store loaded or last saved it. Everything is written in one
    /// <c>SaveChanges</c> (one transaction).
    /// </summary>
    /// <param name="list">The list.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the list is saved.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="list"/> is <see langword="null"/>.</exception>
    /// <exception cref="DbUpdateConcurrencyException">Another writer saved, added or removed the list since this store
    /// read it, or a list of that name is stored and this object was not loaded from it (saving it would replace the
    /// stored history); the message names the list and nothing is written. Load the list again, reapply the change and
    /// save.</exception>
    /// <remarks>Saving a list this store loaded locks its row for the save on PostgreSQL (<c>SELECT … FOR UPDATE</c>,
    /// in a transaction of the store's own when there is none), so two writers of one list take turns: the second gets
    /// the concurrency error, never a deadlock.</remarks>
    public async Task SaveAsync(WantedList list, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(list);
        if (!_known.TryGetValue(list, out _))
        {
            await SaveLockedAsync(list, cancellationToken).ConfigureAwait(false);   // a new list: nothing to lock yet
            return;
        }

        var own = _context.Database.CurrentTransaction is null
            ? await _context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false)
            : null;
        try
        {
            await RowLock.ForUpdateAsync<WantedListRow>(_context, nameof(WantedListRow.Name), list.Name, cancellationToken).ConfigureAwait(false);
            await SaveLockedAsync(list, cancellationToken).ConfigureAwait(false);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private async Task SaveLockedAsync(WantedList list, CancellationToken cancellationToken)
    {
        var name = list.Name;
        var known = _known.TryGetValue(list, out var state);
        var row = await _context.Set<WantedListRow>().FirstOrDefaultAsync(l => l.Name == name, cancellationToken).ConfigureAwait(false);
        var tracked = new List<object>();
        try
        {
            int appendFrom;
            long read;
            if (row is null)
            {
                if (known)
                {
                    throw Conflict(name, $"was removed by another writer after this store read version {state!.Value.Version}", null);
                }

                row = new WantedListRow { Name = name };
                _context.Add(row);
                (appendFrom, read) = (0, 0);
            }
            else
            {
                tracked.AddRange(row.Entries);
                if (!known)
                {
                    tracked.Add(row);
                    throw Conflict(name, "is already stored and this list was not loaded from the store (saving it would replace the stored history)", null);
                }

                (read, appendFrom) = state!.Value;
                // The concurrency token is checked against the version this store read, not the one just re-read.
                _context.Entry(row).Property(r => r.Version).OriginalValue = read;
            }

            tracked.Add(row);
            row.Capacity = list.Capacity;
            row.Version = read + 1;
            Sync(row, list, tracked);
            for (var i = appendFrom; i < list.History.Count; i++)
            {
                var e = list.History[i];
                var history = new WantedListEventRow { ListName = name, Position = i, Kind = e.Kind, CustomerCode = e.Customer, At = e.At, By = e.By, Note = e.Note };
                _context.Add(history);
                tracked.Add(history);
            }

            try
            {
                await _context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateConcurrencyException e)
            {
                throw Conflict(name, $"was changed or removed by another writer after this store read version {read}", e);
            }
            catch (DbUpdateException e)
            {
                // A concurrent writer added the same list, or appended the same history position first (a key
                // violation rather than a version mismatch, depending on which statement ran first).
                var current = await _context.Set<WantedListRow>().AsNoTracking().Where(l => l.Name == name)
                    .Select(l => (long?)l.Version).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
                if (current != (known ? (long?)read : null))
                {
                    throw Conflict(name, known ? $"was changed or removed by another writer after this store read version {read}" : "was added by another writer", e);
                }

                throw;
            }

            _known.AddOrUpdate(list, new StrongBox<(long, int)>((row.Version, list.History.Count)));
        }
        finally
        {
            Detach(tracked);
        }
    }

    /// <summary>Loads a list by name, with its targets, candidates and history, without recording anything in its
    /// history (<see cref="WantedList.Rehydrate"/>).</summary>
    /// <param name="name">The list's name (trimmed, as <see cref="WantedList"/> keeps it).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The list, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The stored list is no longer valid (edited by hand: a customer twice,
    /// targets out of rank order, …); the message names the list, the rule and the value.</exception>
    public async Task<WantedList?> FindAsync(string name, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(name);
        var key = name.Trim();
        WantedListRow? row;
        List<WantedListEventRow> history;
        try
        {
            row = await _context.Set<WantedListRow>().AsNoTracking().FirstOrDefaultAsync(l => l.Name == key, cancellationToken).ConfigureAwait(false);
            if (row is null)
            {
                return null;
            }

            history = await _context.Set<WantedListEventRow>().AsNoTracking().Where(e => e.ListName == key).OrderBy(e => e.Position)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is FormatException or ArgumentException || e.InnerException is FormatException or ArgumentException)
        {
            throw new InvalidOperationException($"Wanted list '{key}' could not be loaded: {(e.InnerException ?? e).Message}", e);
        }

        WantedList list;
        try
        {
            list = WantedList.Rehydrate(row.Name, row.Capacity,
                Entries(row, WantedEntryRow.Target),
                Entries(row, WantedEntryRow.Candidate),
                history.Select(e => new WantedListEvent(e.Kind, e.CustomerCode, e.At, e.By, e.Note)));
        }
        catch (ArgumentException e)
        {
            throw new InvalidOperationException($"Wanted list '{key}' could not be loaded: {e.Message}", e);
        }

        _known.AddOrUpdate(list, new StrongBox<(long, int)>((row.Version, history.Count)));
        return list;
    }

    /// <summary>Removes a list, its targets, candidates and history.</summary>
    /// <param name="name">The list's name.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns><see langword="true"/> when a list was removed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public async Task<bool> RemoveAsync(string name, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(name);
        var key = name.Trim();
        var row = await _context.Set<WantedListRow>().FirstOrDefaultAsync(l => l.Name == key, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            return false;
        }

        var history = await _context.Set<WantedListEventRow>().Where(e => e.ListName == key).ToListAsync(cancellationToken).ConfigureAwait(false);
        List<object> tracked = [row, .. row.Entries, .. history];
        try
        {
            _context.RemoveRange(history);
            _context.Remove(row);
            await _context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Detach(tracked);
        }

        return true;
    }

    private static IEnumerable<WantedTarget> Entries(WantedListRow row, string place) =>
        row.Entries.Where(e => e.Place == place).OrderBy(e => e.Rank)
            .Select(e => new WantedTarget(e.CustomerCode, e.Priority, e.NominatedAt, e.NominatedBy, e.ListedAt));

    /// <summary>Copies the targets and candidates into the list's rows, updating the rows of customers still on the
    /// list in place, adding new ones and deleting the rest.</summary>
    private static void Sync(WantedListRow row, WantedList list, List<object> tracked)
    {
        var stored = row.Entries.ToDictionary(e => e.CustomerCode);
        var kept = new List<WantedEntryRow>(list.Targets.Count + list.Candidates.Count);
        foreach (var (entries, place) in new[] { (list.Targets, WantedEntryRow.Target), (list.Candidates, WantedEntryRow.Candidate) })
        {
            for (var i = 0; i < entries.Count; i++)
            {
                var target = entries[i];
                if (!stored.Remove(target.Customer, out var entry))
                {
                    entry = new WantedEntryRow { CustomerCode = target.Customer };
                    tracked.Add(entry);
                }

                (entry.Place, entry.Rank, entry.Priority, entry.NominatedAt, entry.NominatedBy, entry.ListedAt) =
                    (place, i, target.Priority, target.NominatedAt, target.NominatedBy, target.ListedAt);
                kept.Add(entry);
            }
        }

        row.Entries.RemoveAll(e => !kept.Contains(e));
        row.Entries.AddRange(kept.Where(e => !row.Entries.Contains(e)));
    }

    private static DbUpdateConcurrencyException Conflict(string name, string what, Exception? inner) =>
        new($"Wanted list '{name}' {what}; nothing was saved. Load the list again, reapply the change and save.", inner);

    private void Detach(IEnumerable<object> rows)
    {
        foreach (var row in rows)
        {
            var entry = _context.Entry(row);
            if (entry.State != EntityState.Detached)
            {
                entry.State = EntityState.Detached;
            }
        }
    }
}
