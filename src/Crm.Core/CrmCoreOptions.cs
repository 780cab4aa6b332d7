namespace Crm.Core;

/// <summary>Settings shared by every Crm.Core feature.</summary>
public sealed class CrmCoreOptions
{
    /// <summary>Gets or sets the IANA time zone of the business, from NodaTime's tzdb. Default <c>Asia/Tehran</c>.</summary>
    public string TimeZoneId { get; set; } = "Asia/Tehran";

    /// <summary>Returns every problem with the options; empty when they are valid.</summary>
    /// <returns>One message per problem.</returns>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(TimeZoneId) || NodaTime.DateTimeZoneProviders.Tzdb.GetZoneOrNull(TimeZoneId) is null)
        {
            errors.Add($"CrmCoreOptions.TimeZoneId: '{TimeZoneId}' is not a time zone of NodaTime's tzdb.");
        }

        return errors;
    }
}
