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
    public static readonly ValueConverter<CustomerCode, string> CustomerCode = new(v => v.Value, s => Parse(s, "customer code", Customers.CustomerCode.Parse));
    public static readonly ValueConverter<NationalCode, string> NationalCode = new(v => v.Value, s => Parse(s, "national code", Customers.NationalCode.Parse));
    public static readonly ValueConverter<Sheba, string> Sheba = new(v => v.Value, s => Parse(s, "Sheba", Customers.Sheba.Parse));
    public static readonly ValueConverter<LegalEntityId, string> LegalEntityId = new(v => v.Value, s => Parse(s, "legal-entity ID", Customers.LegalEntityId.Parse));
    public static readonly ValueConverter<EconomicCode, string> EconomicCode = new(v => v.Value, s => Parse(s, "economic code", Customers.EconomicCode.Parse));
    public static readonly ValueConverter<PostalCode, string> PostalCode = new(v => v.Value, s => Parse(s, "postal code", Customers.PostalCode.Parse));
    public static readonly ValueConverter<BankCardNumber, string> BankCard = new(v => v.Value, s => Parse(s, "bank card number", BankCardNumber.Parse));
    public static readonly ValueConverter<EmailAddress, string> Email = new(v => v.Value, s => Parse(s, "e-mail address", EmailAddress.Parse));
    public static readonly ValueConverter<Instant, DateTime> Instant = new(v => ToUtc(v), d => FromUtc(d));

    /// <summary>Parses a stored identifier, saying what it is when the stored text is no longer valid (edited by hand).</summary>
    public static T Parse<T>(string stored, string what, Func<string, T> parse)
    {
        try
        {
            return parse(stored);
        }
        catch (FormatException e)
        {
            throw new FormatException($"The stored {what} '{stored}' is not valid: {e.Message}", e);
        }
    }

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
