namespace Crm.Core.ToneLint.Internal;

/// <summary>A sentence or paragraph of the masked text: its span and its number of words.</summary>
internal readonly record struct TextSegment(int Start, int End, int Words)
{
    public int Length => End - Start;
}
