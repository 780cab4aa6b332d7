using Ardalis.GuardClauses;
using Crm.Core.Customers;
using NodaTime;

namespace Crm.Core.Segmentation;

/// <summary>The members of a segment at one evaluation.</summary>
/// <param name="SegmentName">The segment's name.</param>
/// <param name="Version">The version of the definition evaluated.</param>
/// <param name="AsOf">The as-of date of the evaluation.</param>
/// <param name="Members">The member customers, sorted by code (ordinal), without duplicates.</param>
public sealed record SegmentMembership(string SegmentName, int Version, LocalDate AsOf, IReadOnlyList<CustomerCode> Members)
{
    /// <summary>Gets the number of members.</summary>
    public int Count => Members.Count;

    /// <summary>Compares this run with an earlier one.</summary>
    /// <param name="previous">The earlier run.</param>
    /// <returns>Who entered (members now, not before) and who left (members before, not now), each sorted.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="previous"/> is <see langword="null"/>.</exception>
    public MembershipChange Since(SegmentMembership previous)
    {
        Guard.Against.Null(previous);
        var before = new HashSet<CustomerCode>(previous.Members);
        var now = new HashSet<CustomerCode>(Members);
        return new MembershipChange(
            Members.Where(m => !before.Contains(m)).ToArray(),
            previous.Members.Where(m => !now.Contains(m)).ToArray(),
            Members.Count(before.Contains));
    }
}
