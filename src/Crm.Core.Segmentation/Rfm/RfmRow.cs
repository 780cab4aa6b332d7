using Crm.Core.Customers;

namespace Crm.Core.Segmentation;

/// <summary>The RFM figures, scores and segment of one customer.</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="RecencyDays">Whole days from the last purchase on or before the as-of date to the as-of date.</param>
/// <param name="Frequency">The number of purchases on or before the as-of date.</param>
/// <param name="Monetary">The total spend on or before the as-of date.</param>
/// <param name="Score">The R, F and M scores.</param>
/// <param name="Segment">The segment of the R/F cell in the map used.</param>
public sealed record RfmRow(CustomerCode CustomerId, int RecencyDays, int Frequency, Money Monetary, RfmScore Score, RfmSegmentRule Segment);
