namespace Crm.Core.Segmentation;

/// <summary>A node of a segment's condition tree: a <see cref="SegmentGroup"/> or a <see cref="SegmentCondition"/>.</summary>
public abstract record SegmentNode
{
    private protected SegmentNode()
    {
    }
}
