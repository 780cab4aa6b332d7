using Crm.Core.Customers;
using NodaTime;

namespace Crm.Core.Segmentation;

/// <summary>A target account on a <see cref="WantedList"/> or waiting as a candidate.</summary>
/// <param name="Customer">The customer (usually a prospect company).</param>
/// <param name="Priority">The ranking value; higher ranks first (for example an expected lifetime value).</param>
/// <param name="NominatedAt">When it was nominated; earlier nominations rank first among equal priorities.</param>
/// <param name="NominatedBy">Who nominated it.</param>
/// <param name="ListedAt">When it took a place on the list, or <see langword="null"/> while a candidate.</param>
public sealed record WantedTarget(CustomerCode Customer, decimal Priority, Instant NominatedAt, string NominatedBy, Instant? ListedAt);
