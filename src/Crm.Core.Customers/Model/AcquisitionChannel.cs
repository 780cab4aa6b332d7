using NodaTime;

namespace Crm.Core.Customers;

/// <summary>How a customer found us (نحوه آشنایی), and when: the basis of advertising-channel reports.</summary>
/// <param name="Channel">The channel as the organisation names it (for example <c>instagram</c>, <c>exhibition</c>, <c>referral</c>).</param>
/// <param name="Date">The date the customer was acquired.</param>
public sealed record AcquisitionChannel(string Channel, LocalDate Date);
