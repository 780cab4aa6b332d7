using System.Globalization;
using Ardalis.GuardClauses;

namespace Crm.Core.Lifetime;

/// <summary>Validates <see cref="LifetimeOptions"/>, reporting every problem at once. Used by DI on start and by non-DI callers.</summary>
public static class LifetimeOptionsValidator
{
    /// <summary>Returns every problem with the options; empty when they are valid.</summary>
    /// <param name="options">The options.</param>
    /// <returns>One message per problem, naming the setting, the rule and the value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<string> Validate(LifetimeOptions options)
    {
        Guard.Against.Null(options);
        var errors = new List<string>();
        if (!Enum.IsDefined(options.Unit))
        {
            errors.Add(Message("Unit", "must be Days, Weeks or Months", options.Unit));
        }

        if (!Enum.IsDefined(options.DiscountKind))
        {
            errors.Add(Message("DiscountKind", "must be None, PerPeriod or Continuous", options.DiscountKind));
        }

        if (!(options.Margin is >= 0d and <= 1d))
        {
            errors.Add(Message("Margin", "must be between 0 and 1", options.Margin));
        }

        if (!(options.DiscountRate >= 0d && double.IsFinite(options.DiscountRate)))
        {
            errors.Add(Message("DiscountRate", "must be a finite number ≥ 0", options.DiscountRate));
        }

        if (options.MaxIterations < 10)
        {
            errors.Add(Message("MaxIterations", "must be at least 10", options.MaxIterations));
        }

        if (options.ValueTiers is < 1 or > 100)
        {
            errors.Add(Message("ValueTiers", "must be between 1 and 100", options.ValueTiers));
        }

        return errors;
    }

    private static string Message(string setting, string rule, object value) =>
        string.Create(CultureInfo.InvariantCulture, $"LifetimeOptions.{setting}: {rule}, got '{value}'.");
}
