using Crm.Core.Scheduling;

namespace Crm.Core.Internal;

/// <summary>Builds the application's holiday source from the embedded data and the configured feed files.</summary>
internal static class HolidayFeedLoader
{
    /// <summary>Applies each feed in order; a rejected feed stops the start with every problem listed.</summary>
    public static HolidayCalendarSource Load(IEnumerable<string> paths)
    {
        var calendar = IranHolidayCalendar.Default;
        foreach (var path in paths)
        {
            var read = HolidayFeed.ReadFile(path);
            IReadOnlyList<HolidayFeedError> errors = read.Errors;
            if (read.Feed is null || !calendar.TryWithFeed(read.Feed, out calendar, out errors))
            {
                throw new HolidayFeedException($"The holiday feed '{path}' was rejected: " + string.Join("; ", errors), new HolidayFeedException(errors));
            }
        }

        return new HolidayCalendarSource(calendar);
    }
}
