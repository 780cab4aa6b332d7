namespace Crm.Core.ToneLint.Internal;

/// <summary>What the customer's message says about register and mood.</summary>
internal readonly record struct CustomerProfile(bool Known, int Formal, int Colloquial, bool Angry, bool UsesEmoji)
{
    public bool IsFormal => Known && Formal > 0 && Formal > Colloquial;

    public bool IsCasual => Known && (Colloquial > 0 || UsesEmoji) && Formal == 0;
}
