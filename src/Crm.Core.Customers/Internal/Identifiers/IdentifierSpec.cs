namespace Crm.Core.Customers.Internal.Identifiers;

/// <summary>The field name and rule-id prefix of one identifier kind, with the rules every kind shares.</summary>
internal sealed class IdentifierSpec
{
    public IdentifierSpec(string field, string rulePrefix, string displayName, string allowedCharacters)
    {
        Field = field;
        RulePrefix = rulePrefix;
        Empty = Rule("empty", displayName + " must not be empty");
        InvalidCharacter = Rule("invalid-character", displayName + " may only hold " + allowedCharacters);
    }

    public string Field { get; }

    public string RulePrefix { get; }

    public IdentifierRule Empty { get; }

    public IdentifierRule InvalidCharacter { get; }

    public IdentifierRule Rule(string name, string reason) => new(this, RulePrefix + "." + name, reason);
}
