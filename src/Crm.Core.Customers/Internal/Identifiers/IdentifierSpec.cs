namespace Crm.Core.Customers.Internal.Identifiers;

/// <summary>The field name and rule-id prefix of one identifier kind, with the rules every kind shares.</summary>
internal sealed class IdentifierSpec
{
    public IdentifierSpec(string field, string rulePrefix, string displayName, string allowedCharacters, (int Start, int End)? mask = null)
    {
        Field = field;
        Mask = mask;
        RulePrefix = rulePrefix;
        Empty = Rule("empty", displayName + " must not be empty");
        InvalidCharacter = Rule("invalid-character", displayName + " may only hold " + allowedCharacters);
    }

    public string Field { get; }

    public string RulePrefix { get; }

    /// <summary>Gets how many leading and trailing digits an error message may show, for identifiers that are personal
    /// data; <see langword="null"/> when the value is quoted as typed.</summary>
    public (int Start, int End)? Mask { get; }

    public IdentifierRule Empty { get; }

    public IdentifierRule InvalidCharacter { get; }

    public IdentifierRule Rule(string name, string reason) => new(this, RulePrefix + "." + name, reason);
}
