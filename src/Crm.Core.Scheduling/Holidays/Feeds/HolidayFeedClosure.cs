using Crm.Core.Persian.Internal;
using System.Text;
using NodaTime;

namespace Crm.Core.Scheduling;

/// <summary>A one-off closure in a holiday feed: public mourning, or a provincial heat, energy or pollution closure.</summary>
/// <param name="Line">The line of the entry in the feed.</param>
/// <param name="Date">The day off (Persian date).</param>
/// <param name="Title">Its title.</param>
/// <param name="Province">The province it applies to, or <see langword="null"/> for the whole country.</param>
public sealed record HolidayFeedClosure(int Line, LocalDate Date, string Title, string? Province)
{
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Value("Line", Line, first: true)
            .Date("Date", Date)
            .Value("Title", Title)
            .Value("Province", Province);
        return true;
    }
}
