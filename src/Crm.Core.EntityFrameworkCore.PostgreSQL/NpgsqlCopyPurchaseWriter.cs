using System.Data.Common;
using Ardalis.GuardClauses;
using Npgsql;
using NpgsqlTypes;

namespace Crm.Core.EntityFrameworkCore.PostgreSQL;

/// <summary>
/// Writes purchases with PostgreSQL's binary <c>COPY … FROM STDIN</c>, the fastest way into a PostgreSQL table: one
/// stream per load, no SQL per row. Pass it to <see cref="EfCorePurchaseStore(Microsoft.EntityFrameworkCore.DbContext, IPurchaseBulkWriter)"/>.
/// </summary>
/// <example><code>var purchases = new EfCorePurchaseStore(context, NpgsqlCopyPurchaseWriter.Instance);</code></example>
public sealed class NpgsqlCopyPurchaseWriter : IPurchaseBulkWriter
{
    private NpgsqlCopyPurchaseWriter()
    {
    }

    /// <summary>Gets the writer (it holds no state).</summary>
    public static NpgsqlCopyPurchaseWriter Instance { get; } = new();

    /// <inheritdoc/>
    /// <exception cref="ArgumentException"><paramref name="connection"/> is not an <see cref="NpgsqlConnection"/>.</exception>
    public async Task<long> WriteAsync(DbConnection connection, DbTransaction transaction, PurchaseTableNames table, IEnumerable<StoredPurchase> purchases, CancellationToken cancellationToken)
    {
        Guard.Against.Null(table);
        Guard.Against.Null(purchases);
        if (connection is not NpgsqlConnection npgsql)
        {
            throw new ArgumentException($"Binary COPY needs a PostgreSQL connection, not {connection?.GetType().Name ?? "null"}.", nameof(connection));
        }

        // COPY runs in the connection's current transaction (the one the store began).
        var sql = $"COPY {Quote(table.Schema, table.Table)} ({Quote(null, table.CustomerCode)}, {Quote(null, table.Date)}, " +
                  $"{Quote(null, table.AmountUnits)}, {Quote(null, table.Currency)}) FROM STDIN (FORMAT BINARY)";
        long rows = 0;
        await using (var importer = await npgsql.BeginBinaryImportAsync(sql, cancellationToken).ConfigureAwait(false))
        {
            foreach (var p in purchases)
            {
                await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
                await importer.WriteAsync(p.CustomerCode, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await importer.WriteAsync(p.Date, NpgsqlDbType.Date, cancellationToken).ConfigureAwait(false);
                await importer.WriteAsync(p.AmountUnits, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
                await importer.WriteAsync(p.Currency, NpgsqlDbType.Char, cancellationToken).ConfigureAwait(false);
                rows++;
            }

            await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        return rows;
    }

    private static string Quote(string? schema, string name) =>
        (schema is null ? string.Empty : Quote(schema) + ".") + Quote(name);

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
