using Ardalis.GuardClauses;

namespace Crm.Core.Scheduling;

/// <summary>
/// Holds the holiday calendar an application currently uses and swaps it atomically when official data arrives, so that
/// every <see cref="WorkCalendar"/> built on the source sees the update at once and no reader sees half of one.
/// </summary>
/// <remarks>Register one per application (<c>AddCrmScheduling</c> does). Thread-safe.</remarks>
public sealed class HolidayCalendarSource
{
    private IranHolidayCalendar current;

    /// <summary>Creates a source.</summary>
    /// <param name="initial">The first calendar; <see cref="IranHolidayCalendar.Default"/> when <see langword="null"/>.</param>
    public HolidayCalendarSource(IranHolidayCalendar? initial = null) => current = initial ?? IranHolidayCalendar.Default;

    /// <summary>Raised after the calendar has been replaced, with the new calendar.</summary>
    public event EventHandler<IranHolidayCalendar>? Changed;

    /// <summary>Gets the calendar in use.</summary>
    public IranHolidayCalendar Current => Volatile.Read(ref current);

    /// <summary>Replaces the calendar by the result of a change applied to the current one (retried if another update won the race).</summary>
    /// <param name="change">The change, for example <c>c =&gt; c.WithClosure(date, title)</c>; it may run more than once.</param>
    /// <returns>The new calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="change"/> is <see langword="null"/> or returned <see langword="null"/>.</exception>
    public IranHolidayCalendar Update(Func<IranHolidayCalendar, IranHolidayCalendar> change)
    {
        Guard.Against.Null(change);
        while (true)
        {
            var before = Current;
            var after = change(before) ?? throw new ArgumentNullException(nameof(change), "The change returned no calendar.");
            if (ReferenceEquals(after, before))
            {
                return before;
            }

            if (ReferenceEquals(Interlocked.CompareExchange(ref current, after, before), before))
            {
                Changed?.Invoke(this, after);
                return after;
            }
        }
    }

    /// <summary>Applies a feed to the current calendar; when the feed is rejected the calendar in use is left unchanged.</summary>
    /// <param name="feed">The feed.</param>
    /// <param name="errors">Every problem found; empty on success.</param>
    /// <returns><see langword="true"/> when the feed was applied.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="feed"/> is <see langword="null"/>.</exception>
    public bool TryApply(HolidayFeed feed, out IReadOnlyList<HolidayFeedError> errors)
    {
        Guard.Against.Null(feed);
        IReadOnlyList<HolidayFeedError> found = [];
        var applied = false;
        Update(calendar =>
        {
            applied = calendar.TryWithFeed(feed, out var updated, out found);
            return updated;
        });
        errors = found;
        return applied;
    }
}
