namespace Crm.Core.Customers;

/// <summary>Identifies which of the two forms of Iranian economic code (کد اقتصادی) a value has.</summary>
public enum EconomicCodeKind
{
    /// <summary>No form: the kind of <c>default(EconomicCode)</c>, never produced by parsing.</summary>
    Unspecified = 0,

    /// <summary>The 11-digit form of legal entities, checked like a <see cref="LegalEntityId"/>.</summary>
    LegalEntity = 1,

    /// <summary>The 14-digit form of individuals, whose first 10 digits are checked like a <see cref="NationalCode"/>.</summary>
    Individual = 2,
}
