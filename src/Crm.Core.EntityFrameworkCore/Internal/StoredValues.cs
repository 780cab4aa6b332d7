using Crm.Core.Customers;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;

namespace Crm.Core.EntityFrameworkCore.Internal;

/// <summary>
/// How values are stored: identifiers in their canonical text, instants as UTC timestamps to the microsecond (the
/// precision of PostgreSQL's <c>timestamptz</c>, applied on every provider so all behave alike), dates as ISO dates.
/// </summary>
internal static class StoredValues
{
    public static readonly ValueConverter<CustomerCode, string> CustomerCode = new(v => v.Value, s => Customers.CustomerCode.Parse(s));
    public static readonly ValueConverter<NationalCode, string> NationalCode = new(v => v.Value, s => Customers.NationalCode.Parse(s));
    public static readonly ValueConverter<Sheba, string> Sheba = new(v => v.Value, s => Customers.Sheba.Parse(s));
    public static readonly ValueConverter<LegalEntityId, string> LegalEntityId = new(v => v.Value, s => Customers.LegalEntityId.Parse(s));
    public static readonly ValueConverter<EconomicCode, string> EconomicCode = new(v => v.Value, s => Customers.EconomicCode.Parse(s));
    public static readonly ValueConverter<PostalCode, string> PostalCode = new(v => v.Value, s => Customers.PostalCode.Parse(s));
    public static readonly ValueConverter<EmailAddress, string> Email = new(v => v.Value, s => EmailAddress.Parse(s));
    public static readonly ValueConverter<Instant, DateTime> Instant = new(v => ToUtc(v), d => FromUtc(d));

    /// <summary>Rounds an instant down to the microsecond, the precision every provider stores.</summary>
    public static Instant Truncate(Instant instant) => FromUtc(ToUtc(instant));

    /// <summary>Gets the ISO date of a date in any calendar.</summary>
    public static DateOnly IsoDate(LocalDate date) => date.WithCalendar(CalendarSystem.Iso).ToDateOnly();

    /// <summary>Gets the date back in the calendar it was stored with.</summary>
    public static LocalDate Date(DateOnly iso, string calendar) =>
        LocalDate.FromDateOnly(iso).WithCalendar(CalendarSystem.ForId(calendar));

    public static LocalDate? Date(DateOnly? iso, string? calendar) =>
        iso is null ? null : Date(iso.Value, calendar ?? CalendarSystem.Iso.Id);

    private static DateTime ToUtc(Instant instant)
    {
        var utc = instant.ToDateTimeUtc();
        return new DateTime(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);
    }

    private static Instant FromUtc(DateTime value) => NodaTime.Instant.FromDateTimeUtc(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
