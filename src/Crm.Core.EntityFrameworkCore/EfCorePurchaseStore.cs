using System.Data;
using System.Data.Common;
using System.Globalization;
using Ardalis.GuardClauses;
using Crm.Core.Customers;
using Crm.Core.EntityFrameworkCore.Internal;
using Crm.Core.Segmentation;
using Crm.Core.Segmentation.Internal;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NodaTime;

namespace Crm.Core.EntityFrameworkCore;

/// <summary>
/// Purchases in the database: bulk loading, and per-customer summaries and RFM scores computed by SQL aggregates and
/// window functions in the database, with the same answers as <see cref="PurchaseSummarizer"/> and
/// <see cref="RfmScorer"/>. Only the per-customer results cross the wire, never the purchases.
/// </summary>
/// <remarks>
/// Amounts are stored exactly, to 4 decimal places (a purchase with more is rejected); purchase dates are stored as ISO
/// dates. Like its DbContext, an instance is not thread-safe.
/// </remarks>
public sealed class EfCorePurchaseStore
{
    private readonly DbContext _context;
    private readonly PurchaseSql _sql;
    private readonly IPurchaseBulkWriter _writer;

    /// <summary>Creates a store over a context.</summary>
    /// <param name="context">A context whose model includes the Crm.Core model.</param>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The context's model does not include the Crm.Core model.</exception>
    public EfCorePurchaseStore(DbContext context)
        : this(context, null)
    {
    }

    /// <summary>Creates a store over a context that bulk-loads through a provider's own bulk path.</summary>
    /// <param name="context">A context whose model includes the Crm.Core model.</param>
    /// <param name="writer">The bulk writer, for example PostgreSQL's binary COPY; <see langword="null"/> for
    /// multi-row inserts.</param>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The context's model does not include the Crm.Core model.</exception>
    public EfCorePurchaseStore(DbContext context, IPurchaseBulkWriter? writer)
    {
        _context = Guard.Against.Null(context);
        _sql = new PurchaseSql(context);
        _writer = writer ?? new BatchedInsertWriter(_sql);
    }

    /// <summary>Adds purchases in bulk through the store's <see cref="IPurchaseBulkWriter"/> (by default parameterised
    /// inserts: one prepared statement per row on SQLite, 1,000 rows per statement on a server), all in one transaction (the context's current transaction when there is
    /// one), never one <c>SaveChanges</c> per row. In the same transaction the new purchases are folded into the
    /// per-customer totals that <see cref="ScoreRfmAsync(LocalDate, RfmSegmentMap?, CancellationToken)"/> ranks (one aggregate over the new rows only); concurrent
    /// loads into one database therefore run one after another.</summary>
    /// <param name="purchases">The purchases, streamed: they are not all held in memory.</param>
    /// <param name="cancellationToken">Cancels the load; nothing is kept when the load owns the transaction.</param>
    /// <returns>The number of purchases added.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="purchases"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An amount has more than 4 decimal places, or its currency is empty; nothing is kept.</exception>
    public Task<long> AddAsync(IEnumerable<Purchase> purchases, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(purchases);
        return InTransactionAsync(async (connection, transaction) =>
        {
            var covered = (await ReadTotalsStateAsync(connection, transaction, cancellationToken).ConfigureAwait(false)).CoveredTo;
            var total = await _writer.WriteAsync(connection, transaction, _sql.Names, purchases.Select(ToStored), cancellationToken).ConfigureAwait(false);
            await FoldInAsync(connection, transaction, covered, total, cancellationToken).ConfigureAwait(false);
            return total;
        }, cancellationToken);
    }

    /// <summary>
    /// Rebuilds the per-customer purchase totals from every stored purchase, in one transaction. <see cref="AddAsync"/>
    /// keeps them up to date by itself; call this after purchases were written, changed or deleted other than through
    /// <see cref="AddAsync"/> (raw SQL, another tool). Until then <see cref="ScoreRfmAsync(LocalDate, RfmSegmentMap?, CancellationToken)"/> notices that the totals
    /// no longer match the purchase table and aggregates the purchases instead: slower, never wrong.
    /// </summary>
    /// <param name="cancellationToken">Cancels the rebuild; the old totals are kept.</param>
    /// <returns>A task that completes when the totals cover every stored purchase.</returns>
    public Task RefreshTotalsAsync(CancellationToken cancellationToken = default) =>
        InTransactionAsync(async (connection, transaction) =>
        {
            await ReadTotalsStateAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, transaction, _sql.ClearTotals, cancellationToken).ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"SELECT COUNT(*) FROM {_sql.Table}";
            var count = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
            await FoldInAsync(connection, transaction, 0, count, cancellationToken).ConfigureAwait(false);
            return count;
        }, cancellationToken);

    /// <summary>Runs work in the context's current transaction, or in one of its own that is committed when the work
    /// succeeds and rolled back otherwise (a cancelled or failed load keeps nothing).</summary>
    private async Task<T> InTransactionAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        var connection = _context.Database.GetDbConnection();
        await _context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var owned = _context.Database.CurrentTransaction is null;
            var transaction = owned
                ? await _context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false)
                : _context.Database.CurrentTransaction!;
            try
            {
                var result = await work(connection, transaction.GetDbTransaction()).ConfigureAwait(false);
                if (owned)
                {
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                }

                return result;
            }
            finally
            {
                if (owned)
                {
                    await transaction.DisposeAsync().ConfigureAwait(false);
                }
            }
        }
        finally
        {
            await _context.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Summarises every customer's purchases on or before an as-of date, in the database.</summary>
    /// <param name="asOf">The as-of date, in any calendar.</param>
    /// <param name="unit">The unit of recency and age.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The same summaries as <see cref="PurchaseSummarizer.Summarize"/> over the stored purchases, sorted by
    /// code; a customer with purchases in several currencies is an error (<c>purchase.mixed-currency</c>, value = the
    /// customer code).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not defined.</exception>
    public async Task<PurchaseSummary> SummarizeAsync(LocalDate asOf, TimeUnit unit = TimeUnit.Days, CancellationToken cancellationToken = default)
    {
        Guard.Against.EnumOutOfRange(unit);
        var asOfIso = asOf.WithCalendar(CalendarSystem.Iso);
        var asOfDay = asOfIso.ToDateOnly().DayNumber;
        var daysPerUnit = unit.DaysPerUnit();
        var summaries = new List<CustomerSummary>();
        var errors = new List<ValidationError>();
        long after = 0;
        await WithConnectionAsync(async connection =>
        {
            await using (var command = Command(connection, _sql.Summaries, asOfIso))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var code = CustomerCode.Parse(reader.GetString(0));
                    if (!string.Equals(reader.GetString(7), reader.GetString(8), StringComparison.Ordinal))
                    {
                        errors.Add(MixedCurrency(code));
                        continue;
                    }

                    var first = reader.GetFieldValue<DateOnly>(1).DayNumber;
                    var last = reader.GetFieldValue<DateOnly>(2).DayNumber;
                    var count = (int)Long(reader, 3);
                    var days = (int)Long(reader, 4);
                    var total = PurchaseAmounts.FromUnits(Decimal(reader, 5));
                    var repeat = total - PurchaseAmounts.FromUnits(Decimal(reader, 6));
                    var currency = reader.GetString(7);
                    summaries.Add(new CustomerSummary
                    {
                        CustomerId = code,
                        AsOf = asOfIso,
                        Unit = unit,
                        Purchases = count,
                        RepeatPurchaseDays = days - 1,
                        FirstPurchase = LocalDate.FromDateOnly(DateOnly.FromDayNumber(first)),
                        LastPurchase = LocalDate.FromDateOnly(DateOnly.FromDayNumber(last)),
                        Recency = (last - first) / daysPerUnit,
                        Age = (asOfDay - first) / daysPerUnit,
                        DaysSinceLastPurchase = asOfDay - last,
                        TotalSpend = new Money(total, currency),
                        MeanSpend = new Money(total / count, currency),
                        MeanRepeatSpend = new Money(days > 1 ? repeat / (days - 1) : 0m, currency),
                    });
                }
            }

            await using var afterCommand = Command(connection, _sql.AfterAsOf, asOfIso);
            after = Convert.ToInt64(await afterCommand.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        }, cancellationToken).ConfigureAwait(false);

        summaries.Sort(static (a, b) => a.CustomerId.CompareTo(b.CustomerId));
        errors.Sort(static (a, b) => string.CompareOrdinal(a.Value, b.Value));
        return new PurchaseSummary(summaries, checked((int)after), errors);
    }

    /// <summary>Scores every customer who bought on or before an as-of date, with the ranks computed in the database.</summary>
    /// <param name="asOf">The as-of date, in any calendar.</param>
    /// <param name="map">The segment map; <see cref="RfmSegmentMap.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The same result as <see cref="RfmScorer.FromPurchases"/> over the stored purchases with the stored
    /// customers as the population: rows sorted by code, customers without purchases, currency errors.</returns>
    /// <remarks>As of a date on or after the last stored purchase (the usual case: scoring today), the ranks are computed
    /// over the per-customer totals that <see cref="AddAsync"/> maintains, one row per buyer; as of an earlier date, or
    /// when the totals no longer match the purchase table (purchases written or deleted other than through
    /// <see cref="AddAsync"/>; see <see cref="RefreshTotalsAsync"/>), over the purchases themselves. Both give the same
    /// result.</remarks>
    public Task<RfmResult> ScoreRfmAsync(LocalDate asOf, RfmSegmentMap? map = null, CancellationToken cancellationToken = default) =>
        ScoreRfmAsync(asOf, map, allowTotals: true, cancellationToken);

    /// <summary>Scores as <see cref="ScoreRfmAsync(LocalDate, RfmSegmentMap?, CancellationToken)"/>; with
    /// <paramref name="allowTotals"/> false always by aggregating the purchases (the storage harness times both).</summary>
    internal async Task<RfmResult> ScoreRfmAsync(LocalDate asOf, RfmSegmentMap? map, bool allowTotals, CancellationToken cancellationToken)
    {
        map ??= RfmSegmentMap.Default;
        var asOfIso = asOf.WithCalendar(CalendarSystem.Iso);
        var asOfDay = asOfIso.ToDateOnly().DayNumber;
        var rows = new List<RfmRow>();
        var without = new List<CustomerCode>();
        var mixed = new List<ValidationError>();
        var other = new List<ValidationError>();
        await WithConnectionAsync(async connection =>
        {
            var fromTotals = allowTotals && await TotalsCoverAsync(connection, asOfIso, cancellationToken).ConfigureAwait(false);
            LastRfmUsedTotals = fromTotals;
            await using (var command = Command(connection, fromTotals ? _sql.RfmFromTotals : _sql.Rfm, asOfIso))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                // Each column's type is read once (PostgreSQL sums are numeric, counts bigint; SQLite's are all
                // 64-bit integers): the typed getters then read a million rows without boxing a value.
                var count = Int64Column(reader, 2);
                var units = Int64Column(reader, 3);
                var scored = Int64Column(reader, 6);
                var scores = Int64Column(reader, 8);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var code = CustomerCode.Parse(reader.GetString(0));
                    var purchases = count.Read(reader);
                    if (purchases == 0)
                    {
                        without.Add(code);
                        continue;
                    }

                    var currency = reader.GetString(4);
                    if (scored.Read(reader) == 1)
                    {
                        var score = new RfmScore((int)scores.Read(reader), (int)scores.Read(reader, 9), (int)scores.Read(reader, 10));
                        rows.Add(new RfmRow(
                            code,
                            asOfDay - reader.GetFieldValue<DateOnly>(1).DayNumber,
                            (int)purchases,
                            new Money(PurchaseAmounts.FromUnits(units.ReadDecimal(reader)), currency),
                            score,
                            map.SegmentOf(score)));
                    }
                    else if (!string.Equals(currency, reader.GetString(5), StringComparison.Ordinal))
                    {
                        mixed.Add(MixedCurrency(code));
                    }
                    else
                    {
                        var reference = reader.GetString(7);
                        other.Add(new ValidationError("monetary", "rfm.mixed-currency", currency,
                            $"Rule 'rfm.mixed-currency' failed for value '{currency}': customer '{code}' is in a different currency from {reference}; customers are ranked in one currency."));
                    }
                }
            }

            await using (var command = Command(connection, fromTotals ? _sql.StoredWithoutTotals : _sql.StoredWithoutPurchases, asOfIso))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    without.Add(CustomerCode.Parse(reader.GetString(0)));
                }
            }
        }, cancellationToken).ConfigureAwait(false);

        without = [.. without.Distinct().Order()];
        mixed.Sort(static (a, b) => string.CompareOrdinal(a.Value, b.Value));
        other.Sort(static (a, b) => string.CompareOrdinal(a.Message, b.Message));
        return new RfmResult(asOfIso, map, InCodeOrder(rows), without, [.. mixed, .. other]);
    }

    /// <summary>The rows sorted by customer code (one row per customer), with the columnar scorer's prefix-key sort:
    /// a million rows in about a tenth of the time a comparison delegate takes.</summary>
    private static RfmRow[] InCodeOrder(List<RfmRow> rows)
    {
        var codes = new CustomerCode[rows.Count];
        var order = new int[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            codes[i] = rows[i].CustomerId;
            order[i] = i;
        }

        CodeOrder.Sort(codes, order);
        var sorted = new RfmRow[rows.Count];
        for (var i = 0; i < sorted.Length; i++)
        {
            sorted[i] = rows[order[i]];
        }

        return sorted;
    }

    /// <summary>Whether the last <see cref="ScoreRfmAsync(LocalDate, RfmSegmentMap?, CancellationToken)"/> ranked the per-customer totals (tests check both paths).</summary>
    internal bool LastRfmUsedTotals { get; private set; }

    /// <summary>Whether the totals can stand for the purchases as of a date: they cover exactly the stored purchases
    /// (same highest id, same count) and no stored purchase is later than the as-of date.</summary>
    private async Task<bool> TotalsCoverAsync(DbConnection connection, LocalDate asOf, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, _sql.TotalsCoverage, asOf);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return false;   // no purchase was ever loaded through the store
        }

        var matches = Long(reader, 0) == Long(reader, 2) && Long(reader, 1) == Long(reader, 3);
        return matches && (await reader.IsDBNullAsync(4, cancellationToken).ConfigureAwait(false) || reader.GetFieldValue<DateOnly>(4) <= asOf.ToDateOnly());
    }

    /// <summary>Creates the totals' coverage row when missing and reads it, locking it on PostgreSQL.</summary>
    private async Task<(long CoveredTo, long CoveredCount)> ReadTotalsStateAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, transaction, _sql.EnsureTotalsState, cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = _sql.LockTotalsState;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return (Long(reader, 0), Long(reader, 1));
    }

    /// <summary>Folds the purchases above a covered id into the totals and records the new coverage.</summary>
    private async Task FoldInAsync(DbConnection connection, DbTransaction transaction, long covered, long added, CancellationToken cancellationToken)
    {
        await using (var fold = connection.CreateCommand())
        {
            fold.Transaction = transaction;
            fold.CommandText = _sql.FoldIntoTotals;
            fold.CommandTimeout = 0;
            PurchaseSql.Parameter(fold, "covered", covered).DbType = DbType.Int64;
            await fold.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var advance = connection.CreateCommand();
        advance.Transaction = transaction;
        advance.CommandText = _sql.AdvanceTotalsState;
        PurchaseSql.Parameter(advance, "added", added).DbType = DbType.Int64;
        await advance.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static StoredPurchase ToStored(Purchase p)
    {
        Guard.Against.Default(p.CustomerId, nameof(Purchase.CustomerId));
        if (p.Amount.Currency.Length != 3)
        {
            throw new ArgumentException($"Purchase of customer '{p.CustomerId}' has no currency.", "purchases");
        }

        return new StoredPurchase(p.CustomerId.Value, StoredValues.IsoDate(p.Date), PurchaseAmounts.ToUnits(p.Amount), p.Amount.Currency);
    }

    private static ValidationError MixedCurrency(CustomerCode code) =>
        new("amount", "purchase.mixed-currency", code.Value,
            $"Rule 'purchase.mixed-currency' failed for value '{code}': the customer has purchases in more than one currency; convert them to one currency first.");

    private async Task WithConnectionAsync(Func<DbConnection, Task> work, CancellationToken cancellationToken)
    {
        await _context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await work(_context.Database.GetDbConnection()).ConfigureAwait(false);
        }
        finally
        {
            await _context.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    private DbCommand Command(DbConnection connection, string sql, LocalDate asOf, string? currency = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = _context.Database.CurrentTransaction?.GetDbTransaction();
        PurchaseSql.Parameter(command, "as_of", asOf.ToDateOnly()).DbType = DbType.Date;
        if (currency is not null)
        {
            PurchaseSql.Parameter(command, "currency", currency).DbType = DbType.String;
        }

        return command;
    }

    private static IntegerColumn Int64Column(DbDataReader reader, int ordinal) => new(ordinal, reader.GetFieldType(ordinal) == typeof(long));

    /// <summary>An integer column read with the getter of its type: 64-bit integers directly, anything else (PostgreSQL's
    /// numeric sums) through <see cref="DbDataReader.GetDecimal"/>; never boxed.</summary>
    private readonly record struct IntegerColumn(int Ordinal, bool IsInt64)
    {
        public long Read(DbDataReader reader) => Read(reader, Ordinal);

        public long Read(DbDataReader reader, int ordinal) => IsInt64 ? reader.GetInt64(ordinal) : (long)reader.GetDecimal(ordinal);

        public decimal ReadDecimal(DbDataReader reader) => IsInt64 ? reader.GetInt64(Ordinal) : reader.GetDecimal(Ordinal);
    }

    private static long Long(DbDataReader reader, int ordinal) => Convert.ToInt64(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    private static decimal Decimal(DbDataReader reader, int ordinal) => Convert.ToDecimal(reader.GetValue(ordinal), CultureInfo.InvariantCulture);
}
