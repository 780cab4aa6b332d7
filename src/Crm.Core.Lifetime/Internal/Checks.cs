using System.Globalization;
using Ardalis.GuardClauses;

namespace Crm.Core.Lifetime.Internal;

/// <summary>Guards shared by the models. The messages are built only on failure: these run once per prediction.</summary>
internal static class Checks
{
    public static double Positive(double value, string name) =>
        double.IsFinite(value) && value > 0d ? value : throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{name} must be a finite number > 0, not {value}."), name);

    public static double NonNegative(double value, string name) =>
        double.IsFinite(value) && value >= 0d ? value : throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{name} must be a finite number ≥ 0, not {value}."), name);

    public static void History(int frequency, double recency, double age)
    {
        Guard.Against.Negative(frequency);
        NonNegative(recency, nameof(recency));
        if (!(double.IsFinite(age) && age >= recency))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"age must be finite and at least the recency ({recency}), not {age}."), nameof(age));
        }
    }
}
