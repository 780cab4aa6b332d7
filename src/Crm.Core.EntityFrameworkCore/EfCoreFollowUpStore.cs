using Ardalis.GuardClauses;
using Crm.Core.EntityFrameworkCore.Internal;
using Crm.Core.Persian;
using Crm.Core.Scheduling;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;

namespace Crm.Core.EntityFrameworkCore;

/// <summary>
/// The tickler file in the database, over any DbContext whose model includes
/// <see cref="CrmModelBuilderExtensions.UseCrmCore(ModelBuilder)"/>: follow-ups (saved by id, listed per owner and
/// due date, completed or removed) and the outcome of plans (<see cref="FollowUpPlan"/>), so that today's list per owner
/// is read from the database. Like its DbContext, an instance is not thread-safe: use one per unit of work (a scoped
/// service).
/// </summary>
/// <remarks>
/// Due and scheduled dates are stored as ISO dates (indexed) with the Persian filing information (<c>due_persian</c>
/// as Solar Hijri <c>yyyymmdd</c>, <c>filed_under_month</c>); Persian dates go in and the same Persian dates come out.
/// Follow-ups are rebuilt with <see cref="FollowUp.Rehydrate"/>, so every field comes back, hand-overs
/// (<see cref="FollowUp.HandedOverFrom"/>) and month filing included. A save replaces the stored follow-up of the same id:
/// the last writer wins (follow-ups are immutable values, not aggregates with a history).
/// </remarks>
public sealed class EfCoreFollowUpStore
{
    private const int Chunk = 500;
    private readonly DbContext _context;

    /// <summary>Creates a store over a context.</summary>
    /// <param name="context">A context whose model includes the Crm.Core model.</param>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The context's model does not include the Crm.Core model.</exception>
    public EfCoreFollowUpStore(DbContext context)
    {
        _context = Guard.Against.Null(context);
        if (context.Model.FindEntityType(typeof(FollowUpRow)) is null)
        {
            throw new InvalidOperationException($"The model of {context.GetType().Name} does not include the Crm.Core model: call modelBuilder.UseCrmCore() in OnModelCreating.");
        }
    }

    private IQueryable<FollowUpRow> FollowUps => _context.Set<FollowUpRow>().AsNoTracking();

    /// <summary>Files a follow-up: adds it when its id is new, otherwise replaces the stored one (a refiled date, a new
    /// owner after a hand-over, a longer note). A completed follow-up saved again is open again.</summary>
    /// <param name="followUp">The follow-up.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the follow-up is saved.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="followUp"/> is <see langword="null"/>.</exception>
    public Task SaveAsync(FollowUp followUp, CancellationToken cancellationToken = default) =>
        SaveRangeAsync([Guard.Against.Null(followUp)], cancellationToken);

    /// <summary>Files many follow-ups in one transaction (the context's current one when there is one), as
    /// <see cref="SaveAsync"/> does one: new ids are added, known ids replaced; when an id repeats, the last one wins.</summary>
    /// <param name="followUps">The follow-ups.</param>
    /// <param name="cancellationToken">Cancels the operation; nothing is kept when the store owns the transaction.</param>
    /// <returns>The number of follow-ups saved (distinct ids).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="followUps"/> is <see langword="null"/> or holds a
    /// <see langword="null"/>.</exception>
    public async Task<int> SaveRangeAsync(IEnumerable<FollowUp> followUps, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(followUps);
        var byId = new Dictionary<string, FollowUp>(StringComparer.Ordinal);
        foreach (var followUp in followUps)
        {
            Guard.Against.Null(followUp, nameof(followUps));
            byId[followUp.Id] = followUp;
        }

        var items = byId.Values.ToList();
        if (items.Count == 0)
        {
            return 0;
        }

        // Two writers adding the same new id: the second insert fails on the key; when the store owns the
        // transaction it runs once more, now finding the row and replacing it.
        for (var attempt = 0; ; attempt++)
        {
            var owned = _context.Database.CurrentTransaction is null;
            try
            {
                await WriteAsync(items, owned, cancellationToken).ConfigureAwait(false);
                return items.Count;
            }
            catch (DbUpdateException) when (owned && attempt == 0)
            {
            }
        }
    }

    private async Task WriteAsync(List<FollowUp> items, bool owned, CancellationToken cancellationToken)
    {
        var transaction = owned ? await _context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false) : null;
        var tracked = new List<FollowUpRow>(items.Count);
        try
        {
            foreach (var chunk in items.Chunk(Chunk))
            {
                var ids = chunk.Select(f => f.Id).ToList();
                var stored = await _context.Set<FollowUpRow>().Where(r => ids.Contains(r.FollowUpId))
                    .ToDictionaryAsync(r => r.FollowUpId, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
                foreach (var followUp in chunk)
                {
                    var known = stored.TryGetValue(followUp.Id, out var row);
                    row ??= new FollowUpRow();
                    FollowUpMapping.Write(followUp, row);   // the key first: a new row is tracked by its id
                    row.CompletedAt = null;
                    if (!known)
                    {
                        _context.Add(row);
                    }

                    tracked.Add(row);
                }

                await _context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }

            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            Detach(tracked);
            if (transaction is not null)
            {
                await transaction.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>Finds a follow-up by id, open or completed.</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The follow-up, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">A stored value of the follow-up is no longer valid (edited by hand);
    /// the message names the follow-up and the value.</exception>
    public async Task<FollowUp?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(id);
        var row = await LoadAsync(FollowUps.Where(r => r.FollowUpId == id), $"Follow-up '{id}'", cancellationToken).ConfigureAwait(false);
        return row.Count == 0 ? null : FollowUpMapping.Read(row[0]);
    }

    /// <summary>
    /// Lists an owner's open follow-ups due from one day to another (both included), sorted by due date, priority and
    /// id (ordinal). A dossier filed under a month is listed when its month overlaps the range (it may be done on any
    /// day of the month). Runs on the index over owner and due date.
    /// </summary>
    /// <param name="owner">The owner (compared ordinally, as the planner does).</param>
    /// <param name="from">The first day, in any calendar.</param>
    /// <param name="to">The last day, in any calendar.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The follow-ups, due dates as Persian dates.</returns>
    /// <exception cref="ArgumentException"><paramref name="owner"/> is blank, <paramref name="to"/> is before
    /// <paramref name="from"/>, or a day is outside the Persian calendar.</exception>
    /// <exception cref="InvalidOperationException">A stored value of a listed follow-up is no longer valid; the message
    /// names the follow-up and the value.</exception>
    public async Task<IReadOnlyList<FollowUp>> ListOpenAsync(string owner, LocalDate from, LocalDate to, CancellationToken cancellationToken = default)
    {
        Guard.Against.NullOrWhiteSpace(owner);
        var first = Persian(from, nameof(from));
        var last = Persian(to, nameof(to));
        if (last < first)
        {
            throw new ArgumentException($"The range ends on {PersianDateFormat.Format(last)}, before it starts ({PersianDateFormat.Format(first)}).", nameof(to));
        }

        var (start, end) = (StoredValues.IsoDate(first), StoredValues.IsoDate(last));
        var month = StoredValues.IsoDate(SolarHijri.FirstDayOfMonth(first.Year, first.Month));
        var rows = await LoadAsync(
            FollowUps.Where(r => r.Owner == owner && r.CompletedAt == null && r.Due <= end && (r.Due >= start || (r.FiledUnderMonth && r.Due >= month))),
            $"A follow-up of '{owner}' due from {PersianDateFormat.Format(first)} to {PersianDateFormat.Format(last)}", cancellationToken).ConfigureAwait(false);
        return [.. rows.OrderBy(r => r.Due).ThenBy(r => r.Priority).ThenBy(r => r.FollowUpId, StringComparer.Ordinal).Select(FollowUpMapping.Read)];
    }

    /// <summary>Marks an open follow-up completed: it stays stored (for the record) and is no longer listed by
    /// <see cref="ListOpenAsync"/>. Saving it again reopens it.</summary>
    /// <param name="id">The id.</param>
    /// <param name="completedAt">When it was done (stored to the microsecond).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns><see langword="true"/> when an open follow-up was completed; <see langword="false"/> when there is none
    /// with that id or it was already completed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    public async Task<bool> CompleteAsync(string id, Instant completedAt, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(id);
        Instant? at = completedAt;
        return await _context.Set<FollowUpRow>().Where(r => r.FollowUpId == id && r.CompletedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.CompletedAt, at), cancellationToken).ConfigureAwait(false) > 0;
    }

    /// <summary>Tells when a follow-up was completed.</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The instant, or <see langword="null"/> while the follow-up is open or when there is none with that id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    public Task<Instant?> CompletedAtAsync(string id, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(id);
        return FollowUps.Where(r => r.FollowUpId == id).Select(r => r.CompletedAt).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Removes a follow-up, open or completed (stored plans keep their own copy).</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns><see langword="true"/> when a follow-up was removed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    public async Task<bool> RemoveAsync(string id, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(id);
        return await _context.Set<FollowUpRow>().Where(r => r.FollowUpId == id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    /// <summary>
    /// Stores the outcome of a plan under a name, replacing what was stored under that name, in one transaction (the
    /// context's current one when there is one): every assignment with its day and move reason, every unplaced
    /// follow-up with reason and message, each follow-up as the plan has it (a hand-over's new owner and
    /// <see cref="FollowUp.HandedOverFrom"/>). The follow-ups table is not changed: to make a hand-over permanent, save
    /// the assignment's follow-up with <see cref="SaveAsync"/>. The last save of a name wins.
    /// </summary>
    /// <param name="name">The plan's name, for example "daily" or a team's name.</param>
    /// <param name="plan">The plan.</param>
    /// <param name="cancellationToken">Cancels the operation; nothing is kept when the store owns the transaction.</param>
    /// <returns>A task that completes when the plan is stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public async Task SavePlanAsync(string name, FollowUpPlan plan, CancellationToken cancellationToken = default)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.Null(plan);
        var transaction = _context.Database.CurrentTransaction is null
            ? await _context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false)
            : null;
        var rows = new List<object>(plan.Assignments.Count + plan.Unplaced.Count + 1);
        try
        {
            await DeletePlanAsync(name, cancellationToken).ConfigureAwait(false);
            rows.Add(new FollowUpPlanRow { Name = name, Start = StoredValues.IsoDate(plan.Start), Days = plan.Days });
            for (var i = 0; i < plan.Assignments.Count; i++)
            {
                var assignment = plan.Assignments[i];
                var row = new PlannedFollowUpRow { PlanName = name, Position = i, Scheduled = StoredValues.IsoDate(assignment.Scheduled), Reason = assignment.Reason };
                FollowUpMapping.Write(assignment.FollowUp, row);
                rows.Add(row);
            }

            for (var i = 0; i < plan.Unplaced.Count; i++)
            {
                var unplaced = plan.Unplaced[i];
                var row = new UnplacedFollowUpRow { PlanName = name, Position = i, Reason = unplaced.Reason, Message = unplaced.Message };
                FollowUpMapping.Write(unplaced.FollowUp, row);
                rows.Add(row);
            }

            _context.AddRange(rows);
            await _context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            Detach(rows);
            if (transaction is not null)
            {
                await transaction.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>Loads the outcome of a plan stored under a name.</summary>
    /// <param name="name">The plan's name.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The stored plan, or <see langword="null"/> when none is stored under that name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">A stored value of the plan is no longer valid; the message names the
    /// plan or the follow-up and the value.</exception>
    public async Task<StoredFollowUpPlan?> LoadPlanAsync(string name, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(name);
        var what = $"Plan '{name}'";
        var plan = await LoadAsync(_context.Set<FollowUpPlanRow>().AsNoTracking().Where(p => p.Name == name), what, cancellationToken).ConfigureAwait(false);
        if (plan.Count == 0)
        {
            return null;
        }

        var assignments = await LoadAsync(
            _context.Set<PlannedFollowUpRow>().AsNoTracking().Where(a => a.PlanName == name).OrderBy(a => a.Position), what, cancellationToken).ConfigureAwait(false);
        var unplaced = await LoadAsync(
            _context.Set<UnplacedFollowUpRow>().AsNoTracking().Where(u => u.PlanName == name).OrderBy(u => u.Position), what, cancellationToken).ConfigureAwait(false);
        return new StoredFollowUpPlan(name, FollowUpMapping.Persian(plan[0].Start), plan[0].Days,
            [.. assignments.Select(ReadAssignment)],
            [.. unplaced.Select(u => new UnplacedFollowUp(FollowUpMapping.Read(u), u.Reason, u.Message))]);
    }

    /// <summary>Lists one owner's follow-ups of one day in a stored plan, in the plan's order (most urgent first):
    /// today's tab of the binder, the same as <see cref="FollowUpPlan.ForDay"/> on the plan that was saved. Runs on the
    /// index over plan, owner and day; only that day's rows are read.</summary>
    /// <param name="name">The plan's name.</param>
    /// <param name="owner">The owner (after a hand-over: the colleague who took the follow-up).</param>
    /// <param name="date">The day, in any calendar.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The assignments of that day; empty when the plan or the day has none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="owner"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the Persian calendar.</exception>
    /// <exception cref="InvalidOperationException">A stored value of a listed follow-up is no longer valid; the message
    /// names the follow-up and the value.</exception>
    public async Task<IReadOnlyList<Assignment>> ListForDayAsync(string name, string owner, LocalDate date, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(name);
        Guard.Against.Null(owner);
        var day = StoredValues.IsoDate(Persian(date, nameof(date)));
        var rows = await LoadAsync(
            _context.Set<PlannedFollowUpRow>().AsNoTracking().Where(a => a.PlanName == name && a.Owner == owner && a.Scheduled == day).OrderBy(a => a.Position),
            $"A follow-up of '{owner}' in plan '{name}'", cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(ReadAssignment)];
    }

    /// <summary>Removes a stored plan and its rows.</summary>
    /// <param name="name">The plan's name.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns><see langword="true"/> when a plan was removed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public async Task<bool> RemovePlanAsync(string name, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(name);
        var transaction = _context.Database.CurrentTransaction is null
            ? await _context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false)
            : null;
        try
        {
            var removed = await DeletePlanAsync(name, cancellationToken).ConfigureAwait(false);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            return removed;
        }
        finally
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private async Task<bool> DeletePlanAsync(string name, CancellationToken cancellationToken)
    {
        await _context.Set<PlannedFollowUpRow>().Where(a => a.PlanName == name).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await _context.Set<UnplacedFollowUpRow>().Where(u => u.PlanName == name).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        return await _context.Set<FollowUpPlanRow>().Where(p => p.Name == name).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    private static Assignment ReadAssignment(PlannedFollowUpRow row) =>
        new(FollowUpMapping.Read(row), FollowUpMapping.Persian(row.Scheduled), row.Reason);

    private static LocalDate Persian(LocalDate date, string parameterName)
    {
        if (!SolarHijri.Contains(date))
        {
            throw new ArgumentOutOfRangeException(parameterName, date, $"{parameterName}: the date {LocalDatePattern.Iso.Format(date)} ({date.Calendar.Id}) is outside the Persian calendar (622-03-22 to 9999-03-20 CE).");
        }

        return SolarHijri.From(date);
    }

    /// <summary>Runs a query, naming what was read when a stored value no longer converts (an enum edited by hand).</summary>
    private static async Task<List<T>> LoadAsync<T>(IQueryable<T> query, string what, CancellationToken cancellationToken)
    {
        try
        {
            return await query.ToListAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is FormatException or ArgumentException || e.InnerException is FormatException or ArgumentException)
        {
            throw new InvalidOperationException($"{what} could not be loaded: {(e.InnerException ?? e).Message}", e);
        }
    }

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
