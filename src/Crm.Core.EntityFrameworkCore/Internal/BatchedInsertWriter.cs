using System.Data;
using System.Data.Common;
using System.Globalization;

namespace Crm.Core.EntityFrameworkCore.Internal;

/// <summary>
/// The portable bulk path, all in the caller's transaction, the full-size command built once and reused. On a server
/// (PostgreSQL and others) multi-row inserts of 1,000 rows (4,000 parameters) save round trips; SQLite runs in process,
/// so one prepared single-row insert is fastest there (its by-name parameter binding makes 4,000-parameter statements
/// slow: measured 59,000 against 3,600 rows/s, see docs/benchmarks.md).
/// </summary>
internal sealed class BatchedInsertWriter(PurchaseSql sql) : IPurchaseBulkWriter
{
    private readonly int BatchRows = sql.IsSqlite ? 1 : 1000;

    public async Task<long> WriteAsync(DbConnection connection, DbTransaction transaction, PurchaseTableNames table, IEnumerable<StoredPurchase> purchases, CancellationToken cancellationToken)
    {
        long total = 0;
        var batch = new List<StoredPurchase>(BatchRows);
        DbCommand? full = null;
        try
        {
            foreach (var purchase in purchases)
            {
                batch.Add(purchase);
                if (batch.Count == BatchRows)
                {
                    full ??= Prepare(connection, transaction, BatchRows);
                    total += await WriteAsync(full, batch, cancellationToken).ConfigureAwait(false);
                    batch.Clear();
                }
            }

            if (batch.Count > 0)
            {
                await using var last = Prepare(connection, transaction, batch.Count);
                total += await WriteAsync(last, batch, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            if (full is not null)
            {
                await full.DisposeAsync().ConfigureAwait(false);
            }
        }

        return total;
    }

    private DbCommand Prepare(DbConnection connection, DbTransaction transaction, int rows)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql.Insert(rows);
        for (var i = 0; i < rows; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            PurchaseSql.Parameter(command, "c" + n, string.Empty).DbType = DbType.String;
            PurchaseSql.Parameter(command, "d" + n, DateOnly.MinValue).DbType = DbType.Date;
            PurchaseSql.Parameter(command, "u" + n, 0L).DbType = DbType.Int64;
            PurchaseSql.Parameter(command, "k" + n, string.Empty).DbType = DbType.String;
        }

        return command;
    }

    private static async Task<int> WriteAsync(DbCommand command, List<StoredPurchase> batch, CancellationToken cancellationToken)
    {
        for (var i = 0; i < batch.Count; i++)
        {
            var p = batch[i];
            command.Parameters[(4 * i) + 0].Value = p.CustomerCode;
            command.Parameters[(4 * i) + 1].Value = p.Date;
            command.Parameters[(4 * i) + 2].Value = p.AmountUnits;
            command.Parameters[(4 * i) + 3].Value = p.Currency;
        }

        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return batch.Count;
    }
}
