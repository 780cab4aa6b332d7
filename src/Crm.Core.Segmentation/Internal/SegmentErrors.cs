using Crm.Core.Customers;

namespace Crm.Core.Segmentation.Internal;

/// <summary>Builds validation errors that name their place in the definition as a JSON path.</summary>
internal static class SegmentErrors
{
    public static ValidationError At(string path, string rule, string value, string what) =>
        new(path, rule, value, $"At {path}: rule '{rule}' failed for value '{value}': {what}.");
}
