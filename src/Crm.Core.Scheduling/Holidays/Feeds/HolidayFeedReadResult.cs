namespace Crm.Core.Scheduling;

/// <summary>The outcome of reading a holiday feed: the feed when every entry is valid, and every problem otherwise.</summary>
/// <param name="Feed">The feed, or <see langword="null"/> when any entry was rejected (a feed is applied whole or not at all).</param>
/// <param name="Errors">Every problem found (line, field, rule, value); empty when <paramref name="Feed"/> is set.</param>
public sealed record HolidayFeedReadResult(HolidayFeed? Feed, IReadOnlyList<HolidayFeedError> Errors)
{
    /// <summary>Gets whether the feed was read without problems.</summary>
    public bool Succeeded => Feed is not null;
}
