using Crm.Core.Customers;

namespace Crm.Core.EntityFrameworkCore;

/// <summary>What <see cref="EfCoreCustomerStore.AddRangeAsync"/> did.</summary>
/// <param name="Added">How many customers were added.</param>
/// <param name="Skipped">The customers not added, in input order.</param>
public sealed record CustomerBulkResult(long Added, IReadOnlyList<CustomerBulkSkip> Skipped);

/// <summary>A customer <see cref="EfCoreCustomerStore.AddRangeAsync"/> did not add.</summary>
/// <param name="Index">Its 0-based position in the input.</param>
/// <param name="Code">Its code.</param>
/// <param name="Rule"><c>customer.exists</c> when the code was already stored, <c>customer.duplicate</c> when an earlier
/// customer of the same input had it.</param>
public sealed record CustomerBulkSkip(long Index, CustomerCode Code, string Rule)
{
    /// <summary>The rule of a code that was already stored.</summary>
    public const string Exists = "customer.exists";

    /// <summary>The rule of a code repeated in the input.</summary>
    public const string Duplicate = "customer.duplicate";

    /// <summary>Gets a message naming the code and the rule.</summary>
    public string Message => Rule == Exists
        ? $"Rule '{Rule}' failed for value '{Code}': a customer with this code is already stored; it was not added."
        : $"Rule '{Rule}' failed for value '{Code}': an earlier customer of the same input has this code; it was not added.";
}
