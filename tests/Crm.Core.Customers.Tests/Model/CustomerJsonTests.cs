using System.Text.Json;
using Crm.Core.TestKit;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using NodaTime.Text;

namespace Crm.Core.Customers.Tests.Model;

/// <summary>The customer model with System.Text.Json and NodaTime's System.Text.Json package, as docs/customers.md sets it up.</summary>
public class CustomerJsonTests
{
    private static JsonSerializerOptions DocsOptions()
    {
        // docs/customers.md — JSON
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        return options;
    }

    private static JsonSerializerOptions DocsOptionsWithCalendars()
    {
        // docs/customers.md — JSON, Solar Hijri dates keeping their calendar
        var dates = new CompositePatternBuilder<LocalDate>
        {
            { LocalDatePattern.Iso, date => date.Calendar == CalendarSystem.Iso },               // "2021-04-23"
            { LocalDatePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd c"), date => date.Calendar != CalendarSystem.Iso }, // "1366-12-30 Persian Algorithmic"
        }.Build();
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForNodaTime(
            new NodaJsonSettings(DateTimeZoneProviders.Tzdb) { LocalDateConverter = new NodaPatternConverter<LocalDate>(dates) });
        return options;
    }

    private static IndividualProfile Profile(LocalDate birthDate) => new()
    {
        FirstName = "سارا",
        LastName = "محمدی",
        NationalCode = NationalCode.Parse("0084575948"),
        Sheba = Sheba.Parse("IR820540102680020817909002"),
        BirthDate = birthDate,
    };

    [Fact]
    public void Individual_Serialises_InstantsAsIsoAndIdentifiersAsStrings()
    {
        var sara = Individual.Create(CustomerCode.Parse("C-1001"), Profile(new LocalDate(1988, 3, 20)), SomeCustomers.Stamp());
        sara.AddPhone(ContactPhone.Mobile(IranianMobile.Parse("0912 345 6789")), SomeCustomers.Stamp(minutes: 1));

        var json = JsonSerializer.Serialize(sara, DocsOptions());
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;

        Assert.Equal("C-1001", root.GetProperty("code").GetString());
        Assert.Equal("0084575948", root.GetProperty("profile").GetProperty("nationalCode").GetString());
        Assert.Equal("IR820540102680020817909002", root.GetProperty("profile").GetProperty("sheba").GetString());
        Assert.Equal("1988-03-20", root.GetProperty("profile").GetProperty("birthDate").GetString());
        Assert.Equal("+989123456789", root.GetProperty("phones")[0].GetProperty("number").GetString());
        Assert.Equal("2026-03-21T06:30:00Z", root.GetProperty("created").GetProperty("at").GetString());
        Assert.Equal("2026-03-21T06:31:00Z", root.GetProperty("history")[1].GetProperty("stamp").GetProperty("at").GetString());
        Assert.DoesNotContain("{}", json, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutNodaTimeSetup_InstantsAreJunk_WhichIsWhyTheDocsSayToAddIt()
    {
        var json = JsonSerializer.Serialize(SomeCustomers.Stamp(), new JsonSerializerOptions(JsonSerializerDefaults.Web));
        Assert.Contains("\"at\":{}", json, StringComparison.Ordinal);
        Assert.Contains("\"at\":\"2026-03-21T06:30:00Z\"", JsonSerializer.Serialize(SomeCustomers.Stamp(), DocsOptions()), StringComparison.Ordinal);
    }

    [Fact]
    public void Profile_RoundTrips_AndSolarHijriDatesKeepTheirCalendar()
    {
        var options = DocsOptionsWithCalendars();
        var persian = Profile(new LocalDate(1366, 12, 30, SomeCustomers.Persian));
        var json = JsonSerializer.Serialize(persian, options);
        Assert.Contains("\"birthDate\":\"1366-12-30 Persian Algorithmic\"", json, StringComparison.Ordinal);
        var back = JsonSerializer.Deserialize<IndividualProfile>(json, options)!;
        Assert.Equal(persian, back);
        Assert.Equal(SomeCustomers.Persian, back.BirthDate!.Value.Calendar);

        var iso = Profile(new LocalDate(1988, 3, 20));
        var isoJson = JsonSerializer.Serialize(iso, options);
        Assert.Contains("\"birthDate\":\"1988-03-20\"", isoJson, StringComparison.Ordinal);
        Assert.Equal(iso, JsonSerializer.Deserialize<IndividualProfile>(isoJson, options));
    }

    [Fact]
    public void Profile_WithInvalidNationalCode_IsRejectedNamingPathAndRule()
    {
        var json = """{"lastName":"محمدی","nationalCode":"0084575949"}""";
        var ex = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<IndividualProfile>(json, DocsOptions()));
        Assert.Equal("$.nationalCode", ex.Path);
        Assert.Contains("'national-code.checksum'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Path: $.nationalCode.", ex.Message, StringComparison.Ordinal);
    }
}
