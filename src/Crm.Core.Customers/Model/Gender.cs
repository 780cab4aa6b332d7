namespace Crm.Core.Customers;

/// <summary>The gender of an individual customer, as recorded.</summary>
public enum Gender
{
    /// <summary>Not recorded.</summary>
    Unspecified = 0,

    /// <summary>Female (خانم).</summary>
    Female = 1,

    /// <summary>Male (آقا).</summary>
    Male = 2,
}
