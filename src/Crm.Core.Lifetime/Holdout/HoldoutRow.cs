using Crm.Core.Customers;

namespace Crm.Core.Lifetime;

/// <summary>One customer's predicted and actual number of purchases in the holdout period.</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="Predicted">The expected number of purchase days predicted from the calibration period.</param>
/// <param name="Actual">The number of purchase days observed in the holdout period.</param>
public sealed record HoldoutRow(CustomerCode CustomerId, double Predicted, int Actual);
