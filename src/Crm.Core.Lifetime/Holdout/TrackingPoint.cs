using NodaTime;

namespace Crm.Core.Lifetime;

/// <summary>Cumulative repeat purchases at the end of one period: the model's expectation and the actual count.</summary>
/// <param name="Period">The period number, from 1.</param>
/// <param name="End">The first day after the period (exclusive end, ISO calendar).</param>
/// <param name="Predicted">The expected cumulative repeat purchases of all customers.</param>
/// <param name="Actual">The actual cumulative repeat purchase days of all customers (first purchases excluded).</param>
public sealed record TrackingPoint(int Period, LocalDate End, double Predicted, int Actual);
