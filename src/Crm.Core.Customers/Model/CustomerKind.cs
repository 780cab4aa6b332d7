namespace Crm.Core.Customers;

/// <summary>The two kinds of customer sharing one identity space.</summary>
public enum CustomerKind
{
    /// <summary>A natural person (حقیقی).</summary>
    Individual = 0,

    /// <summary>A legal entity (حقوقی).</summary>
    Company = 1,
}
