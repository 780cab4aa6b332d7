using Crm.Core.Customers;

namespace Crm.Core.Segmentation;

/// <summary>How a segment's membership changed between two runs.</summary>
/// <param name="Entered">Customers in the later run but not the earlier one, sorted.</param>
/// <param name="Left">Customers in the earlier run but not the later one, sorted.</param>
/// <param name="Stayed">How many customers are in both runs.</param>
public sealed record MembershipChange(IReadOnlyList<CustomerCode> Entered, IReadOnlyList<CustomerCode> Left, int Stayed);
