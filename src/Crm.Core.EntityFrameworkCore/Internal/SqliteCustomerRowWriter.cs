using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Crm.Core.EntityFrameworkCore.Internal;

/// <summary>
/// The bulk path for new customers on SQLite: one prepared single-row insert per table of the aggregate (the customer
/// row, then each owned list), built from the EF Core model (table and column names, each column's type mapping and
/// value converter), run in the caller's transaction. SQLite runs in process, so prepared single-row statements are its
/// fastest insert (as for purchases); EF Core's change tracking and command batching are skipped, not its mapping.
/// </summary>
internal sealed class SqliteCustomerRowWriter : IAsyncDisposable
{
    private readonly List<TableInsert> _tables = [];

    private SqliteCustomerRowWriter()
    {
    }

    public static SqliteCustomerRowWriter Create(DbContext context, DbConnection connection, DbTransaction transaction)
    {
        var writer = new SqliteCustomerRowWriter();
        var customer = context.Model.FindEntityType(typeof(CustomerRow))!;
        var helper = context.GetService<ISqlGenerationHelper>();
        // Owned references mapped to the customer's own table (table splitting) add their columns to its insert.
        var split = customer.GetNavigations()
            .Where(n => n.TargetEntityType.IsOwned() && !n.IsCollection && n.TargetEntityType.GetTableName() == customer.GetTableName()
                && n.TargetEntityType.GetSchema() == customer.GetSchema())
            .ToList();
        writer._tables.Add(TableInsert.Create(customer, null, split, helper, connection, transaction));
        foreach (var navigation in customer.GetNavigations().Where(n => n.TargetEntityType.IsOwned() && !split.Contains(n)))
        {
            writer._tables.Add(TableInsert.Create(navigation.TargetEntityType, navigation, [], helper, connection, transaction));
        }

        return writer;
    }

    /// <summary>Inserts one customer row and every row it owns.</summary>
    public async Task WriteAsync(CustomerRow row, CancellationToken cancellationToken)
    {
        await _tables[0].RunAsync(row, row, cancellationToken).ConfigureAwait(false);
        for (var i = 1; i < _tables.Count; i++)
        {
            var table = _tables[i];
            if (table.Children!.GetClrValue(row) is System.Collections.IEnumerable children)
            {
                foreach (var child in children)
                {
                    await table.RunAsync(child, row, cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var table in _tables)
        {
            await table.Command.DisposeAsync().ConfigureAwait(false);
        }
    }

    private sealed class TableInsert
    {
        private readonly List<(IProperty Property, IClrPropertyGetter? Get, IClrPropertyGetter? Via, RelationalTypeMapping Mapping, DbParameter Parameter)> _columns = [];

        private TableInsert(DbCommand command, INavigation? navigation)
        {
            Command = command;
            Children = navigation?.GetGetter();
        }

        public DbCommand Command { get; }

        /// <summary>Reads the owned list from the customer row (null for the customer's own table).</summary>
        public IClrPropertyGetter? Children { get; }

        public static TableInsert Create(IEntityType entity, INavigation? navigation, IReadOnlyList<INavigation> split, ISqlGenerationHelper helper,
            DbConnection connection, DbTransaction transaction)
        {
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            var insert = new TableInsert(command, navigation);
            var names = new List<string>();
            var sources = entity.GetProperties().Select(p => (Property: p, Via: (INavigation?)null))
                .Concat(split.SelectMany(n => n.TargetEntityType.GetProperties().Select(p => (Property: p, Via: (INavigation?)n))));
            foreach (var (property, via) in sources)
            {
                var column = property.GetColumnName(table)!;
                if (via is not null && property.IsShadowProperty())
                {
                    continue;   // the split reference's key is the customer's own key column
                }

                var mapping = (RelationalTypeMapping)property.GetRelationalTypeMapping();
                var parameter = mapping.CreateParameter(command, "@p" + names.Count, null, property.IsNullable);
                command.Parameters.Add(parameter);
                insert._columns.Add((property, property.IsShadowProperty() ? null : property.GetGetter(), via?.GetGetter(), mapping, parameter));
                names.Add(helper.DelimitIdentifier(column));
            }

            command.CommandText = $"INSERT INTO {helper.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", names)}) VALUES ("
                + string.Join(", ", names.Select((_, i) => "@p" + i)) + ")";
            return insert;
        }

        /// <summary>Binds one entity's values (a shadow key property takes the owner's code) and inserts it.</summary>
        public Task<int> RunAsync(object entity, CustomerRow owner, CancellationToken cancellationToken)
        {
            foreach (var (_, get, via, mapping, parameter) in _columns)
            {
                // A shadow property is the owner key: the customer's code.
                var source = via is null ? entity : via.GetClrValue(entity);
                var value = get is null ? owner.Code : source is null ? null : get.GetClrValue(source);
                if (value is not null && mapping.Converter is { } converter)
                {
                    value = converter.ConvertToProvider(value);
                }

                parameter.Value = value ?? DBNull.Value;
            }

            return Command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
