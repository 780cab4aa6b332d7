namespace Crm.Core.Customers;

/// <summary>A postal address of a customer.</summary>
/// <param name="Province">The province (استان).</param>
/// <param name="City">The city.</param>
/// <param name="Street">The street address.</param>
/// <param name="PostalCode">The validated postal code, when known.</param>
/// <param name="IsPrimary">Whether this is the customer's primary address (exactly one is, when any exists).</param>
public sealed record PostalAddress(string? Province, string? City, string? Street, PostalCode? PostalCode = null, bool IsPrimary = false);
