using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Crm.Core.EntityFrameworkCore.Internal;

/// <summary>
/// Locks one row by key until the end of the current transaction on PostgreSQL (<c>SELECT … FOR UPDATE</c>): other
/// writers of the same row wait instead of interleaving their statements (which can deadlock or meet on a list
/// position). SQLite's write transactions already exclude each other, so there it does nothing. Table and column names
/// come from the EF Core model; the key is a parameter.
/// </summary>
internal static class RowLock
{
    public static async Task ForUpdateAsync<TRow>(DbContext context, string keyProperty, string key, CancellationToken cancellationToken)
    {
        if (context.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) != true)
        {
            return;
        }

        var entity = context.Model.FindEntityType(typeof(TRow))!;
        var helper = context.GetService<ISqlGenerationHelper>();
        var store = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        await using var command = context.Database.GetDbConnection().CreateCommand();
        command.Transaction = context.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = $"SELECT 1 FROM {helper.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema())} " +
            $"WHERE {helper.DelimitIdentifier(entity.FindProperty(keyProperty)!.GetColumnName(store)!)} = @key FOR UPDATE";
        PurchaseSql.Parameter(command, "key", key).DbType = DbType.String;
        await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }
}
