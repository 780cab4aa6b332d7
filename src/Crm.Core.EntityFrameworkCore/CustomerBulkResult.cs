using Crm.Core.Customers;

namespace Crm.Core.EntityFrameworkCore;

/// <summary>What <see cref="EfCoreCustomerStore.AddRangeAsync"/> did.</summary>
/// <param name="Added">How many customers were added.</param>
/// <param name="Skipped">The codes not added because they were already stored or repeated earlier in the input, in
/// input order.</param>
public sealed record CustomerBulkResult(long Added, IReadOnlyList<CustomerCode> Skipped);
