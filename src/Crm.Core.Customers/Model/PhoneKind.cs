namespace Crm.Core.Customers;

/// <summary>What a phone number is used for.</summary>
public enum PhoneKind
{
    /// <summary>A mobile number.</summary>
    Mobile = 0,

    /// <summary>A landline.</summary>
    Landline = 1,

    /// <summary>A fax line.</summary>
    Fax = 2,
}
