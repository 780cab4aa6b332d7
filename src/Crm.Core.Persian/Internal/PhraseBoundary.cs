namespace Crm.Core.Persian.Internal;

/// <summary>What the folded text may hold between two segments of a compiled phrase.</summary>
internal enum PhraseBoundary
{
    /// <summary>A space, a ZWNJ or nothing: written in the phrase as a space or ZWNJ, or a detached suffix.</summary>
    Any,

    /// <summary>A ZWNJ or nothing: the glued prefix «می», which must not match the separate word «می» (May).</summary>
    JoinedOnly,
}
