namespace Crm.Core.Segmentation;

/// <summary>How a <see cref="SegmentGroup"/> combines its children.</summary>
public enum SegmentCombinator
{
    /// <summary>Every child must hold (AND; JSON <c>all</c>). An empty group holds for everyone.</summary>
    All = 0,

    /// <summary>At least one child must hold (OR; JSON <c>any</c>). An empty group holds for no one.</summary>
    Any = 1,
}
