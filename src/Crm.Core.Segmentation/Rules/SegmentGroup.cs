namespace Crm.Core.Segmentation;

/// <summary>Combines child nodes with AND (<see cref="SegmentCombinator.All"/>) or OR (<see cref="SegmentCombinator.Any"/>), nested up to 498 groups deep (the JSON depth limit <see cref="SegmentDefinitionJson.MaxJsonDepth"/>).</summary>
/// <param name="Combinator">How the children combine.</param>
/// <param name="Children">The children, in order.</param>
public sealed record SegmentGroup(SegmentCombinator Combinator, IReadOnlyList<SegmentNode> Children) : SegmentNode;
