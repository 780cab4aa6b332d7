using System.Data.Common;
using System.Globalization;
using Ardalis.GuardClauses;
using Crm.Core.Customers;
using Crm.Core.EntityFrameworkCore.Internal;
using Crm.Core.Segmentation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NodaTime;

namespace Crm.Core.EntityFrameworkCore;

/// <summary>
/// Runs rule segments (<see cref="SegmentDefinition"/>) inside the database: the definition becomes one SQL statement
/// over the stored customers, their labels, a per-customer aggregate of the purchases and the RFM ranks, and only the
/// member codes cross the wire. The members equal <see cref="CompiledSegment.Evaluate(IEnumerable{CustomerFacts}, SegmentContext)"/>
/// over the stored customers with their purchase summaries and RFM scores.
/// </summary>
/// <remarks>
/// Every operand is a parameter, never part of the SQL text; table and column names come from the EF Core model and
/// are quoted by the provider. Text is compared on columns folded on save exactly as the in-memory evaluator folds
/// (trim, Persian fold, invariant lower case). Persian-calendar conditions on dates become ranges of days over the
/// years the stored dates span. The field <c>lifetimeValue</c> comes from a fitted model, not from stored data, and is
/// not supported (<see cref="NotSupportedException"/>). Like its DbContext, an instance is not thread-safe.
/// </remarks>
public sealed class EfCoreSegmentQuery
{
    private readonly DbContext _context;
    private readonly SegmentSql _sql;

    /// <summary>Creates a segment query over a context.</summary>
    /// <param name="context">A context whose model includes the Crm.Core model.</param>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The context's model does not include the Crm.Core model.</exception>
    public EfCoreSegmentQuery(DbContext context)
    {
        _context = Guard.Against.Null(context);
        _sql = new SegmentSql(context);
    }

    /// <summary>Lists the stored customers that belong to a segment on the context's as-of date.</summary>
    /// <param name="definition">The segment definition; validated as <see cref="SegmentDefinition.Compile"/> does.</param>
    /// <param name="segmentContext">The as-of date and the time zone of instants (the last interaction).</param>
    /// <param name="map">The RFM segment map that names <c>rfmSegment</c>; <see cref="RfmSegmentMap.Default"/> when
    /// <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The membership, members sorted by code, as the in-memory evaluator returns it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> or <paramref name="segmentContext"/> is
    /// <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The definition is not valid (every error named, as in <see cref="SegmentDefinition.Compile"/>).</exception>
    /// <exception cref="NotSupportedException">The definition uses <c>lifetimeValue</c>, which the database cannot compute.</exception>
    public async Task<SegmentMembership> EvaluateAsync(SegmentDefinition definition, SegmentContext segmentContext, RfmSegmentMap? map = null,
        CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(definition);
        Guard.Against.Null(segmentContext);
        var root = definition.Compile().Root;
        SegmentQueryBuilder.EnsureSupported(root);
        var asOf = segmentContext.AsOf.WithCalendar(CalendarSystem.Iso);
        var members = new List<CustomerCode>();
        await _context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var connection = _context.Database.GetDbConnection();
            var bounds = new Dictionary<string, (long Lo, long Hi)?>(StringComparer.Ordinal);
            foreach (var field in SegmentQueryBuilder.FieldsNeedingBounds(root).Distinct())
            {
                bounds[field] = await BoundsAsync(connection, field, asOf, segmentContext.EffectiveZone, cancellationToken).ConfigureAwait(false);
            }

            var builder = new SegmentQueryBuilder(_sql, segmentContext, map ?? RfmSegmentMap.Default, bounds);
            await using var command = Command(connection, builder.Build(root), asOf);
            foreach (var (name, value, type) in builder.Parameters)
            {
                var parameter = PurchaseSql.Parameter(command, name, value);
                if (type is { } t)
                {
                    parameter.DbType = t;
                }
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                members.Add(CustomerCode.Parse(reader.GetString(0)));
            }
        }
        finally
        {
            await _context.Database.CloseConnectionAsync().ConfigureAwait(false);
        }

        return new SegmentMembership(definition.Name, definition.Version, segmentContext.AsOf, [.. members.Distinct().Order()]);
    }

    /// <summary>The first and last ISO day a date field holds in the database, for Persian-calendar conditions.</summary>
    private async Task<(long Lo, long Hi)?> BoundsAsync(DbConnection connection, string field, LocalDate asOf, DateTimeZone zone, CancellationToken cancellationToken)
    {
        var p = _sql.Purchases;
        var column = field switch
        {
            "firstPurchase" or "lastPurchase" => null,
            "lastInteraction" => _sql.Segment(nameof(SegmentColumns.LastInteractionAt)),
            _ => _sql.Segment(SegmentColumns.DateProperty(field)),
        };
        var text = column is null
            ? $"SELECT MIN({p.Date}), MAX({p.Date}) FROM {p.Table} WHERE {p.Date} <= @as_of"
            : $"SELECT MIN({column}), MAX({column}) FROM {_sql.CustomersTable} AS c";
        await using var command = Command(connection, text, asOf);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false) || await reader.IsDBNullAsync(0, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        long Day(int ordinal) => field switch
        {
            "firstPurchase" or "lastPurchase" => reader.GetFieldValue<DateOnly>(ordinal).DayNumber,
            "lastInteraction" => Instant.FromDateTimeUtc(DateTime.SpecifyKind(reader.GetFieldValue<DateTime>(ordinal), DateTimeKind.Utc))
                .InZone(zone).Date.ToDateOnly().DayNumber,
            _ => Convert.ToInt64(reader.GetValue(ordinal), CultureInfo.InvariantCulture),
        };
        return (Day(0), Day(1));
    }

    private DbCommand Command(DbConnection connection, string text, LocalDate asOf)
    {
        var command = connection.CreateCommand();
        command.CommandText = text;
        command.Transaction = _context.Database.CurrentTransaction?.GetDbTransaction();
        PurchaseSql.Parameter(command, "as_of", asOf.ToDateOnly()).DbType = System.Data.DbType.Date;
        return command;
    }
}
