namespace Crm.Core.Segmentation;

/// <summary>The English names of the segments of <see cref="RfmSegmentMap.Default"/>.</summary>
public static class RfmSegmentNames
{
    /// <summary>R 5, F 4–5: bought recently and often.</summary>
    public const string Champions = "Champions";

    /// <summary>R 3–4, F 4–5: buy often, fairly recently.</summary>
    public const string LoyalCustomers = "Loyal Customers";

    /// <summary>R 4–5, F 2–3: recent customers with some repeat purchases.</summary>
    public const string PotentialLoyalists = "Potential Loyalists";

    /// <summary>R 5, F 1: bought recently for the first time.</summary>
    public const string NewCustomers = "New Customers";

    /// <summary>R 4, F 1: recent one-time buyers.</summary>
    public const string Promising = "Promising";

    /// <summary>R 3, F 3: average on both axes.</summary>
    public const string NeedAttention = "Need Attention";

    /// <summary>R 3, F 1–2: fading, few purchases.</summary>
    public const string AboutToSleep = "About To Sleep";

    /// <summary>R 1–2, F 3–4: used to buy often, not lately.</summary>
    public const string AtRisk = "At Risk";

    /// <summary>R 1–2, F 5: the best buyers, gone quiet.</summary>
    public const string CantLoseThem = "Can't Lose Them";

    /// <summary>R 1–2, F 1–2: long gone, few purchases.</summary>
    public const string Hibernating = "Hibernating";
}
