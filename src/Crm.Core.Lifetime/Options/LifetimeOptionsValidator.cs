using System.Globalization;
using Ardalis.GuardClauses;
using Crm.Core.Customers;

namespace Crm.Core.Lifetime;

/// <summary>Validates <see cref="LifetimeOptions"/>, reporting every problem at once. Used by DI on start and by non-DI callers.</summary>
public static class LifetimeOptionsValidator
{
    /// <summary>Returns every problem with the options; empty when they are valid.</summary>
    /// <param name="options">The options.</param>
    /// <returns>One English message per problem, naming the setting, the rule and the value (the
    /// <see cref="ValidationError.Message"/> of <see cref="Errors"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<string> Validate(LifetimeOptions options) => [.. Errors(options).Select(e => e.Message)];

    /// <summary>Returns every problem with the options as <see cref="ValidationError"/>s: the setting as field (for example
    /// <c>LifetimeOptions.Margin</c>), the rule (<c>options.unit</c>, <c>options.discount-kind</c>, <c>options.margin</c>,
    /// <c>options.discount-rate</c>, <c>options.max-iterations</c>, <c>options.value-tiers</c>), the value, and the
    /// message in English and Persian (<see cref="ValidationError.MessageIn"/>).</summary>
    /// <param name="options">The options.</param>
    /// <returns>The problems; empty when the options are valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<ValidationError> Errors(LifetimeOptions options)
    {
        Guard.Against.Null(options);
        var errors = new List<ValidationError>();
        if (!Enum.IsDefined(options.Unit))
        {
            errors.Add(Error("Unit", "options.unit", "must be Days, Weeks or Months", options.Unit));
        }

        if (!Enum.IsDefined(options.DiscountKind))
        {
            errors.Add(Error("DiscountKind", "options.discount-kind", "must be None, PerPeriod or Continuous", options.DiscountKind));
        }

        if (!(options.Margin is >= 0d and <= 1d))
        {
            errors.Add(Error("Margin", "options.margin", "must be between 0 and 1", options.Margin));
        }

        if (!(options.DiscountRate >= 0d && double.IsFinite(options.DiscountRate)))
        {
            errors.Add(Error("DiscountRate", "options.discount-rate", "must be a finite number ≥ 0", options.DiscountRate));
        }

        if (options.MaxIterations < 10)
        {
            errors.Add(Error("MaxIterations", "options.max-iterations", "must be at least 10", options.MaxIterations));
        }

        if (options.ValueTiers is < 1 or > 100)
        {
            errors.Add(Error("ValueTiers", "options.value-tiers", "must be between 1 and 100", options.ValueTiers));
        }

        return errors;
    }

    private static ValidationError Error(string setting, string rule, string what, object value) =>
        new("LifetimeOptions." + setting, rule, string.Create(CultureInfo.InvariantCulture, $"{value}"),
            string.Create(CultureInfo.InvariantCulture, $"LifetimeOptions.{setting}: {what}, got '{value}'."));
}
