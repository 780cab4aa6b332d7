namespace Crm.Core.Customers.Internal.Identifiers;

/// <summary>The three text forms of an identifier that <see cref="IdentifierFormat"/> chooses between.</summary>
internal interface IIdentifierForms
{
    /// <summary>Gets the canonical text (format <c>G</c>).</summary>
    string Value { get; }

    /// <summary>Returns the display form (format <c>D</c>).</summary>
    /// <returns>The text people read, for example <c>049-937089-9</c>.</returns>
    string Format();

    /// <summary>Returns the masked form (format <c>M</c>); the canonical text for identifiers that are not personal data.</summary>
    /// <returns>The text that may go to logs.</returns>
    string ToMaskedString();
}
