using Crm.Core.Customers;

namespace Crm.Core;

/// <summary>Settings shared by every Crm.Core feature.</summary>
public sealed class CrmCoreOptions
{
    /// <summary>Gets or sets the IANA time zone of the business, from NodaTime's tzdb. Default <c>Asia/Tehran</c>.</summary>
    public string TimeZoneId { get; set; } = "Asia/Tehran";

    /// <summary>Returns every problem with the options; empty when they are valid.</summary>
    /// <returns>One English message per problem (the <see cref="ValidationError.Message"/> of <see cref="Errors"/>).</returns>
    public IReadOnlyList<string> Validate() => [.. Errors().Select(e => e.Message)];

    /// <summary>Returns every problem as <see cref="ValidationError"/>s (rule <c>options.time-zone</c>), with English and
    /// Persian messages (<see cref="ValidationError.MessageIn"/>).</summary>
    /// <returns>The problems; empty when the options are valid.</returns>
    public IReadOnlyList<ValidationError> Errors()
    {
        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(TimeZoneId) || NodaTime.DateTimeZoneProviders.Tzdb.GetZoneOrNull(TimeZoneId) is null)
        {
            errors.Add(new ValidationError("CrmCoreOptions.TimeZoneId", "options.time-zone", TimeZoneId ?? string.Empty,
                $"CrmCoreOptions.TimeZoneId: '{TimeZoneId}' is not a time zone of NodaTime's tzdb."));
        }

        return errors;
    }
}
