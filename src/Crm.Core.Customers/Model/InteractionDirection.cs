namespace Crm.Core.Customers;

/// <summary>Who started an interaction.</summary>
public enum InteractionDirection
{
    /// <summary>The customer contacted us.</summary>
    Inbound = 0,

    /// <summary>We contacted the customer.</summary>
    Outbound = 1,
}
