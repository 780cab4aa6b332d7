using System.Data.Common;

namespace Crm.Core.EntityFrameworkCore;

/// <summary>
/// Writes purchases into the purchase table through a provider's bulk path. <see cref="EfCorePurchaseStore"/> uses
/// batched parameterised inserts by default; the package <c>Crm.Core.EntityFrameworkCore.PostgreSQL</c> supplies PostgreSQL's
/// binary COPY.
/// </summary>
public interface IPurchaseBulkWriter
{
    /// <summary>Writes every purchase, inside the transaction the store has begun.</summary>
    /// <param name="connection">The open connection of the context.</param>
    /// <param name="transaction">The transaction to write in.</param>
    /// <param name="table">The table and column names.</param>
    /// <param name="purchases">The purchases, already checked and converted; streamed.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The number of purchases written.</returns>
    Task<long> WriteAsync(DbConnection connection, DbTransaction transaction, PurchaseTableNames table, IEnumerable<StoredPurchase> purchases, CancellationToken cancellationToken);
}
