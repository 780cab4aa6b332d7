using System.Globalization;
using System.Text;
using NodaTime;

namespace Crm.Core.Scheduling.Internal;

/// <summary>Writes RFC 5545 content lines: CRLF endings, lines folded at 75 octets (UTF-8 safe), TEXT escaping.</summary>
internal sealed class IcsWriter(TextWriter writer)
{
    private const int MaxOctets = 75;

    public void Property(string name, string value)
    {
        var line = name + ":" + value;
        var octets = 0;
        var start = 0;
        var first = true;
        for (var i = 0; i < line.Length; i++)
        {
            var width = char.IsHighSurrogate(line[i]) ? 4 : Encoding.UTF8.GetByteCount(line.AsSpan(i, 1));
            var limit = first ? MaxOctets : MaxOctets - 1; // continuation lines start with one space
            if (octets + width > limit)
            {
                WriteSegment(line.AsSpan(start, i - start), first);
                first = false;
                start = i;
                octets = 0;
            }

            octets += width;
            if (char.IsHighSurrogate(line[i]))
            {
                i++;
            }
        }

        WriteSegment(line.AsSpan(start), first);
    }

    public void Text(string name, string value) => Property(name, Escape(value));

    public static string Escape(string value)
    {
        var sb = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            _ = c switch
            {
                '\\' => sb.Append("\\\\"),
                ';' => sb.Append("\\;"),
                ',' => sb.Append("\\,"),
                '\n' => sb.Append("\\n"),
                '\r' => sb,
                _ => sb.Append(c),
            };
        }

        return sb.ToString();
    }

    public static string Date(LocalDate date)
    {
        var iso = date.WithCalendar(CalendarSystem.Iso);
        return string.Create(CultureInfo.InvariantCulture, $"{iso.Year:0000}{iso.Month:00}{iso.Day:00}");
    }

    public static string Stamp(Instant instant)
    {
        var utc = instant.InUtc();
        return string.Create(CultureInfo.InvariantCulture, $"{utc.Year:0000}{utc.Month:00}{utc.Day:00}T{utc.Hour:00}{utc.Minute:00}{utc.Second:00}Z");
    }

    private void WriteSegment(ReadOnlySpan<char> segment, bool first)
    {
        if (!first)
        {
            writer.Write(' ');
        }

        writer.Write(segment);
        writer.Write("\r\n");
    }
}
