namespace Crm.Core.Customers;

/// <summary>Says what parsing does with a mobile number whose 09xy block holds no assigned numbers.</summary>
/// <remarks>See <see cref="IranianMobile.IsInAssignedBlock"/> for the table and its source.</remarks>
public enum MobileBlockPolicy
{
    /// <summary>Accept the number (its structure is valid) and let the caller flag it: <see cref="IranianMobile.IsInAssignedBlock"/>
    /// is <see langword="false"/> and <see cref="IranianMobile.TryGetWarning"/> reports <c>mobile.unassigned-block</c>.
    /// The default.</summary>
    Warn = 0,

    /// <summary>Reject the number with rule <c>mobile.unassigned-block</c>.</summary>
    Reject = 1,
}
