namespace Crm.Core.Customers;

/// <summary>One page of customers in code order (<see cref="ICustomerStore.ListAsync"/>).</summary>
/// <param name="Customers">The customers of the page, in ordinal code order.</param>
/// <param name="Next">The code to pass as <c>after</c> for the next page, or <see langword="null"/> when this is the
/// last page.</param>
public sealed record CustomerPage(IReadOnlyList<Customer> Customers, CustomerCode? Next)
{
    /// <summary>The largest page size a store accepts.</summary>
    public const int MaxPageSize = 10_000;

    /// <summary>Checks a page size.</summary>
    /// <param name="pageSize">The size.</param>
    /// <returns>The size.</returns>
    /// <exception cref="ArgumentOutOfRangeException">It is outside 1 to <see cref="MaxPageSize"/>.</exception>
    public static int CheckSize(int pageSize) => pageSize is >= 1 and <= MaxPageSize
        ? pageSize
        : throw new ArgumentOutOfRangeException(nameof(pageSize), pageSize, $"Rule 'page-size.range' failed for pageSize value '{pageSize}': a page holds 1 to {MaxPageSize} customers.");
}
