namespace Crm.Core.ToneLint.Internal;

/// <summary>A phrase found in a text: the entry, its span in the original text and its folded span.</summary>
internal readonly record struct PhraseHit(PhraseEntry Entry, int Start, int Length, int FoldedStart, int FoldedEnd)
{
    public int End => Start + Length;
}
