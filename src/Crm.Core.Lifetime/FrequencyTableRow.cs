namespace Crm.Core.Lifetime;

/// <summary>One line of the in-sample frequency table: customers with a given number of repeat purchases, expected and actual.</summary>
/// <param name="Frequency">The number of repeat purchases x (the last row counts x ≥ this value).</param>
/// <param name="OrMore">Whether this is the last row, for x ≥ <paramref name="Frequency"/>.</param>
/// <param name="Expected">The expected number of customers: Σ P(X(Tᵢ) = x) over customers with their own age Tᵢ.</param>
/// <param name="Actual">The number of customers (total weight) observed with that frequency.</param>
public sealed record FrequencyTableRow(int Frequency, bool OrMore, double Expected, double Actual);
