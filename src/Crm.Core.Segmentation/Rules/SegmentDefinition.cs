using Ardalis.GuardClauses;
using Crm.Core.Customers;
using Crm.Core.Segmentation.Internal;

namespace Crm.Core.Segmentation;

/// <summary>A named, versioned rule-based segment: a condition tree over customer fields and computed figures.</summary>
/// <param name="Name">The segment name.</param>
/// <param name="Description">What the segment is for, or <see langword="null"/>.</param>
/// <param name="Version">The version of the definition, starting at 1; applications bump it on every edit.</param>
/// <param name="Condition">The root of the condition tree.</param>
public sealed record SegmentDefinition(string Name, string? Description, int Version, SegmentNode Condition)
{
    /// <summary>Checks the definition: known fields, operators that suit each field's type and well-formed operands.</summary>
    /// <returns>Every problem found, each naming its place in the tree as a JSON path (for example
    /// <c>$.condition.all[1].any[0].field</c>); empty when the definition is valid.</returns>
    public IReadOnlyList<ValidationError> Validate()
    {
        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(Name))
        {
            errors.Add(SegmentErrors.At("$.name", "segment.name", Name ?? string.Empty, "a segment needs a name"));
        }

        if (Version < 1)
        {
            errors.Add(SegmentErrors.At("$.version", "segment.version", Version.ToString(System.Globalization.CultureInfo.InvariantCulture), "the version starts at 1"));
        }

        ConditionCompiler.Compile(Condition, "$.condition", errors);
        return errors;
    }

    /// <summary>Validates and compiles the definition for evaluation.</summary>
    /// <returns>The compiled segment.</returns>
    /// <exception cref="ArgumentException">The definition is invalid; the message lists every problem with its path.</exception>
    public CompiledSegment Compile()
    {
        var errors = new List<ValidationError>();
        Guard.Against.Null(Condition, nameof(Condition));
        var root = ConditionCompiler.Compile(Condition, "$.condition", errors);
        errors.InsertRange(0, Validate().Where(e => !e.Field.StartsWith("$.condition", StringComparison.Ordinal)));
        if (errors.Count > 0 || root is null)
        {
            throw new ArgumentException(string.Join(" ", errors.Select(e => e.Message)), "definition");
        }

        return new CompiledSegment(this, root);
    }
}
