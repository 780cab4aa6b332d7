using Crm.Core.Customers;
using NodaTime;

namespace Crm.Core.EntityFrameworkCore.Internal;

/// <summary>The stored form of a wanted list: name, capacity, the optimistic concurrency token, and the targets and
/// candidates it owns. The history is a table of its own, appended to and never rewritten.</summary>
internal sealed class WantedListRow
{
    public string Name { get; set; } = string.Empty;

    public int Capacity { get; set; }

    /// <summary>The optimistic concurrency token: incremented on every save.</summary>
    public long Version { get; set; }

    public List<WantedEntryRow> Entries { get; set; } = [];
}

/// <summary>A target or candidate of a wanted list, keyed by the list and the customer (a customer is on a list once).</summary>
internal sealed class WantedEntryRow
{
    public const string Target = "target";
    public const string Candidate = "candidate";

    public CustomerCode CustomerCode { get; set; }

    /// <summary><see cref="Target"/> or <see cref="Candidate"/>.</summary>
    public string Place { get; set; } = string.Empty;

    /// <summary>The position among the targets or among the candidates, best-ranked first.</summary>
    public int Rank { get; set; }

    public decimal Priority { get; set; }

    public Instant NominatedAt { get; set; }

    public string NominatedBy { get; set; } = string.Empty;

    public Instant? ListedAt { get; set; }
}

/// <summary>One entry of a wanted list's history, keyed by the list and its position (append-only).</summary>
internal sealed class WantedListEventRow
{
    public string ListName { get; set; } = string.Empty;

    public int Position { get; set; }

    public Crm.Core.Segmentation.WantedListEventKind Kind { get; set; }

    public CustomerCode CustomerCode { get; set; }

    public Instant At { get; set; }

    public string By { get; set; } = string.Empty;

    public string? Note { get; set; }
}
