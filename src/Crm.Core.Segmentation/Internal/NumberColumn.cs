namespace Crm.Core.Segmentation.Internal;

/// <summary>Numbers per row: exact decimals, their double approximations for fast comparison, and presence flags.</summary>
internal sealed class NumberColumn(decimal[] exact, double[] approx, bool[] present)
{
    public decimal[] Exact { get; } = exact;

    public double[] Approx { get; } = approx;

    public bool[] Present { get; } = present;

    public static NumberColumn Build(IReadOnlyList<CustomerFacts> facts, Func<CustomerFacts, decimal?> read)
    {
        var n = facts.Count;
        var exact = new decimal[n];
        var approx = new double[n];
        var present = new bool[n];
        for (var i = 0; i < n; i++)
        {
            if (read(facts[i]) is { } v)
            {
                exact[i] = v;
                approx[i] = (double)v;
                present[i] = true;
            }
        }

        return new NumberColumn(exact, approx, present);
    }

    public static NumberColumn DaysSince(DateColumn dates, int asOfDay)
    {
        var n = dates.Days.Length;
        var exact = new decimal[n];
        var approx = new double[n];
        var present = new bool[n];
        for (var i = 0; i < n; i++)
        {
            if (dates.Days[i] != DateColumn.Missing)
            {
                var days = asOfDay - dates.Days[i];
                exact[i] = days;
                approx[i] = days;
                present[i] = true;
            }
        }

        return new NumberColumn(exact, approx, present);
    }

    /// <summary>Compares row i with an operand: by doubles (monotone in the decimal) and exactly only on a tie.</summary>
    public int Compare(int i, decimal operand, double operandApprox)
    {
        var a = Approx[i];
        return a < operandApprox ? -1 : a > operandApprox ? 1 : Exact[i].CompareTo(operand);
    }
}
