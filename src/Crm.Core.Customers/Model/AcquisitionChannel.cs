using Crm.Core.Persian.Internal;
using System.Text;
using NodaTime;

namespace Crm.Core.Customers;

/// <summary>How a customer found us (نحوه آشنایی), and when: the basis of advertising-channel reports.</summary>
/// <param name="Channel">The channel as the organisation names it (for example <c>instagram</c>, <c>exhibition</c>, <c>referral</c>).</param>
/// <param name="Date">The date the customer was acquired.</param>
public sealed record AcquisitionChannel(string Channel, LocalDate Date)
{
    // Dates print as Persian yyyy/MM/dd, whatever their calendar (a Persian LocalDate's default text names Gregorian months).
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Value("Channel", Channel, first: true).Date("Date", Date);
        return true;
    }
}
