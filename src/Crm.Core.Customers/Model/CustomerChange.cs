namespace Crm.Core.Customers;

/// <summary>One audited change to a customer record: which field, from what, to what, by whom and when.</summary>
/// <param name="Stamp">Who changed it and when.</param>
/// <param name="Field">The field, in camelCase (for example <c>lastName</c>, <c>tags</c>, <c>phones</c>).</param>
/// <param name="OldValue">The value before the change, formatted in invariant culture; <see langword="null"/> when empty.</param>
/// <param name="NewValue">The value after the change; <see langword="null"/> when removed.</param>
public sealed record CustomerChange(ChangeStamp Stamp, string Field, string? OldValue, string? NewValue);
