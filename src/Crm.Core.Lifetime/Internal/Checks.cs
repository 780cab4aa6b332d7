using Ardalis.GuardClauses;

namespace Crm.Core.Lifetime.Internal;

/// <summary>Guards shared by the models.</summary>
internal static class Checks
{
    public static double Positive(double value, string name) =>
        Guard.Against.InvalidInput(value, name, v => double.IsFinite(v) && v > 0d, $"{name} must be a finite number > 0, not {value}.");

    public static double NonNegative(double value, string name) =>
        Guard.Against.InvalidInput(value, name, v => double.IsFinite(v) && v >= 0d, $"{name} must be a finite number ≥ 0, not {value}.");

    public static void History(int frequency, double recency, double age)
    {
        Guard.Against.Negative(frequency);
        NonNegative(recency, nameof(recency));
        Guard.Against.InvalidInput(age, nameof(age), v => double.IsFinite(v) && v >= recency,
            $"age must be finite and at least the recency ({recency}), not {age}.");
    }
}
