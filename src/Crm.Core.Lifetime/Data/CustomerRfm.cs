using Crm.Core.Customers;

namespace Crm.Core.Lifetime;

/// <summary>One customer's figures for the lifetime-value models, in a time unit held by the caller.</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="Frequency">The number of repeat purchase days <c>x</c>.</param>
/// <param name="Recency">The time from the first to the last purchase <c>t_x</c>.</param>
/// <param name="Age">The time from the first purchase to the end of observation <c>T</c>.</param>
/// <param name="MonetaryValue">The mean value per repeat purchase day (lifetimes' <c>monetary_value</c>), or
/// <see langword="null"/> when unknown; 0 for a customer without repeat purchase.</param>
public readonly record struct CustomerRfm(CustomerCode CustomerId, int Frequency, double Recency, double Age, double? MonetaryValue = null);
