using System.Globalization;
using Crm.Core.Customers;

namespace Crm.Core.EntityFrameworkCore.Internal;

/// <summary>
/// Purchase amounts are stored as whole ten-thousandths of the currency unit in a 64-bit integer column, so sums are
/// exact on every provider (SQLite has no exact decimal type) and ranking in SQL matches <see cref="decimal"/> ranking.
/// </summary>
internal static class PurchaseAmounts
{
    /// <summary>Stored units per currency unit.</summary>
    public const decimal Scale = 10_000m;

    /// <summary>Converts an amount to stored units, or says why it cannot be stored.</summary>
    public static bool TryToUnits(decimal amount, out long units, out string? problem)
    {
        var scaled = amount * Scale;
        if (scaled != decimal.Truncate(scaled))
        {
            units = 0;
            problem = $"amount {amount.ToString(CultureInfo.InvariantCulture)} has more than 4 decimal places";
            return false;
        }

        if (scaled is > long.MaxValue or < long.MinValue)
        {
            units = 0;
            problem = $"amount {amount.ToString(CultureInfo.InvariantCulture)} is outside the stored range";
            return false;
        }

        units = (long)scaled;
        problem = null;
        return true;
    }

    /// <summary>Converts stored units back to an amount.</summary>
    public static decimal FromUnits(decimal units) => units / Scale;

    /// <summary>Checks a purchase can be stored.</summary>
    public static long ToUnits(Money amount) =>
        TryToUnits(amount.Amount, out var units, out var problem)
            ? units
            : throw new ArgumentException($"Purchase {problem}.", nameof(amount));
}
