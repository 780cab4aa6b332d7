using System.Globalization;
using Crm.Core.Customers;

namespace Crm.Core.Lifetime;

/// <summary>
/// One customer's figures for the lifetime-value models. <see cref="Unit"/> says which time unit recency and age are in:
/// figures from <see cref="LifetimeData.FromPurchaseSummary"/> carry it, and every API that takes a unit or a fitted model
/// refuses figures in another unit (convert with <see cref="InUnit"/>). Figures built by hand may leave it unset, and are
/// then taken to be in the unit of the call.
/// </summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="Frequency">The number of repeat purchase days <c>x</c>.</param>
/// <param name="Recency">The time from the first to the last purchase <c>t_x</c>.</param>
/// <param name="Age">The time from the first purchase to the end of observation <c>T</c>.</param>
/// <param name="MonetaryValue">The mean value per repeat purchase day (lifetimes' <c>monetary_value</c>), or
/// <see langword="null"/> when unknown; 0 for a customer without repeat purchase.</param>
public readonly record struct CustomerRfm(CustomerCode CustomerId, int Frequency, double Recency, double Age, double? MonetaryValue = null)
{
    /// <summary>Gets the unit of <see cref="Recency"/> and <see cref="Age"/>, or <see langword="null"/> when the caller did not
    /// say (the figures are then taken to be in the unit of whatever call uses them).</summary>
    public TimeUnit? Unit { get; init; }

    /// <summary>Returns the same figures with recency and age converted to <paramref name="unit"/>.</summary>
    /// <param name="unit">The unit wanted.</param>
    /// <returns>A copy in <paramref name="unit"/>, with <see cref="Unit"/> set.</returns>
    /// <exception cref="InvalidOperationException"><see cref="Unit"/> is not set, so there is nothing to convert from.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined value.</exception>
    public CustomerRfm InUnit(TimeUnit unit)
    {
        var target = unit.DaysPerUnit();
        if (Unit is not { } from)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"Customer {CustomerId}: its figures carry no time unit, so they cannot be converted to {unit}; set Unit first."));
        }

        var factor = from.DaysPerUnit() / target;
        return from == unit ? this : this with { Recency = Recency * factor, Age = Age * factor, Unit = unit };
    }

    /// <summary>Throws when <see cref="Unit"/> is set and differs from <paramref name="expected"/>.</summary>
    internal void RequireUnit(TimeUnit expected, string what)
    {
        if (Unit is { } unit && unit != expected)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"Rule 'time-unit.mismatch' failed for customer {CustomerId}: its recency and age are in {unit}, but {what} is in {expected}. Convert with CustomerRfm.InUnit(TimeUnit.{expected}) or use the same unit."));
        }
    }
}
