using Crm.Core.Persian.Internal;
using System.Text;
using NodaTime;

namespace Crm.Core.Scheduling;

/// <summary>A date whose holidays are cancelled by a holiday feed.</summary>
/// <param name="Line">The line of the entry in the feed.</param>
/// <param name="Date">The date (Persian).</param>
public sealed record HolidayFeedCancellation(int Line, LocalDate Date)
{
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Value("Line", Line, first: true)
            .Date("Date", Date);
        return true;
    }
}
