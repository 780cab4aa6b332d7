using Crm.Core.Customers;
using NodaTime;

namespace Crm.Core.Segmentation;

/// <summary>One entry of a wanted list's history.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="Customer">The customer concerned.</param>
/// <param name="At">When it happened.</param>
/// <param name="By">Who did it (for <see cref="WantedListEventKind.Won"/>: who won the account).</param>
/// <param name="Note">A reason or remark, or <see langword="null"/>.</param>
public sealed record WantedListEvent(WantedListEventKind Kind, CustomerCode Customer, Instant At, string By, string? Note);
