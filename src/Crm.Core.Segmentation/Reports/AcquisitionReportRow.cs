namespace Crm.Core.Segmentation;

/// <summary>How one acquisition channel did for the customers it brought in one Persian period.</summary>
/// <param name="Period">The period label: <c>1404/01</c>, <c>1404-Q1</c> or <c>1404</c>.</param>
/// <param name="Channel">The acquisition channel as recorded (trimmed).</param>
/// <param name="NewCustomers">Customers acquired through the channel in the period.</param>
/// <param name="Buyers">How many of them bought at least once by the as-of date.</param>
/// <param name="Purchases">Their purchases so far (on or before the as-of date).</param>
/// <param name="Revenue">The sum of those purchases' amounts.</param>
/// <param name="RepeatRate">The share of the new customers who bought on two or more different days (0–1).</param>
public sealed record AcquisitionReportRow(string Period, string Channel, int NewCustomers, int Buyers, int Purchases, decimal Revenue, double RepeatRate);
