namespace Crm.Core.Segmentation.Internal;

/// <summary>A validated node of the condition tree, ready for evaluation.</summary>
internal abstract class CompiledNode
{
    public abstract bool Matches(CustomerFacts facts, SegmentContext context, DateEnv env);
}
