namespace Crm.Core.Customers;

/// <summary>How an interaction with a customer took place.</summary>
public enum InteractionChannel
{
    /// <summary>A phone call.</summary>
    Call = 0,

    /// <summary>A meeting.</summary>
    Meeting = 1,

    /// <summary>An e-mail.</summary>
    Email = 2,

    /// <summary>A text message.</summary>
    Sms = 3,

    /// <summary>A chat conversation.</summary>
    Chat = 4,

    /// <summary>A visit (ours to the customer or theirs to us).</summary>
    Visit = 5,
}
