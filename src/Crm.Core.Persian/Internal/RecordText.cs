using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace Crm.Core.Persian.Internal;

/// <summary>Writes record members the library's way: dates as Persian <c>yyyy/MM/dd</c> (whatever their calendar; ISO
/// <c>yyyy-MM-dd</c> outside the Persian calendar's range), numbers and durations in the invariant culture.</summary>
/// <remarks>Shared by the packages that print records (Customers, Scheduling) through InternalsVisibleTo.</remarks>
internal static class RecordText
{
    public static StringBuilder Date(this StringBuilder builder, string name, LocalDate date, bool first = false)
    {
        Name(builder, name, first);
        try
        {
            return builder.Append(PersianDateFormat.Format(date));
        }
        catch (ArgumentOutOfRangeException)
        {
            return builder.Append(LocalDatePattern.Iso.Format(date.WithCalendar(CalendarSystem.Iso)));
        }
    }

    public static StringBuilder Date(this StringBuilder builder, string name, LocalDate? date, bool first = false) =>
        date is { } d ? builder.Date(name, d, first) : builder.Value(name, null, first);

    public static StringBuilder Value(this StringBuilder builder, string name, object? value, bool first = false)
    {
        Name(builder, name, first);
        return value switch
        {
            null => builder.Append("null"),
            Duration d => builder.Append(DurationPattern.Roundtrip.Format(d)),
            IFormattable f => builder.Append(f.ToString(null, CultureInfo.InvariantCulture)),
            _ => builder.Append(value),
        };
    }

    private static void Name(StringBuilder builder, string name, bool first)
    {
        if (!first)
        {
            builder.Append(", ");
        }

        builder.Append(name).Append(" = ");
    }
}
