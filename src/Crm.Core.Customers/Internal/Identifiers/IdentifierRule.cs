namespace Crm.Core.Customers.Internal.Identifiers;

/// <summary>One validation rule of an identifier: its stable id and the reason shown to people.</summary>
internal sealed class IdentifierRule(IdentifierSpec spec, string id, string reason)
{
    public IdentifierSpec Spec { get; } = spec;

    public string Id { get; } = id;

    public string Reason { get; } = reason;

    public ValidationError ToError(string? text) =>
        new(Spec.Field, Id, text ?? string.Empty, IdentifierMessage.Format(Id, text, Reason, Spec.Mask));
}
