namespace Crm.Core.Segmentation;

/// <summary>What happened on a <see cref="WantedList"/>.</summary>
public enum WantedListEventKind
{
    /// <summary>A customer was nominated as a candidate.</summary>
    Nominated = 0,

    /// <summary>A candidate took a place on the list.</summary>
    Listed = 1,

    /// <summary>A target was won (became a customer, signed, …).</summary>
    Won = 2,

    /// <summary>A target or candidate was dropped.</summary>
    Dropped = 3,
}
