namespace Crm.Core.Segmentation.Internal;

/// <summary>A compiled AND/OR group.</summary>
internal sealed class CompiledGroup(SegmentCombinator combinator, CompiledNode[] children) : CompiledNode
{
    public SegmentCombinator Combinator { get; } = combinator;

    public CompiledNode[] Children { get; } = children;

    public override bool Matches(CustomerFacts facts, SegmentContext context, DateEnv env) => Combinator == SegmentCombinator.All
        ? Array.TrueForAll(Children, c => c.Matches(facts, context, env))
        : Array.Exists(Children, c => c.Matches(facts, context, env));
}
