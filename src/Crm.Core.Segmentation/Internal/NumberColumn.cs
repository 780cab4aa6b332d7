namespace Crm.Core.Segmentation.Internal;

/// <summary>Numbers per row: exact decimals, their double approximations for fast comparison (exact only on a tie), and
/// one presence bit per row (64 rows per word; a missing row holds 0).</summary>
internal sealed class NumberColumn(decimal[] exact, double[] approx, ulong[] present, bool integers)
{
    /// <summary>The largest magnitude below which every whole number is exact in a double (2^53).</summary>
    public const decimal ExactIntegerLimit = 9_007_199_254_740_992m;

    public decimal[] Exact { get; } = exact;

    public double[] Approx { get; } = approx;

    public ulong[] Present { get; } = present;

    /// <summary>Gets a value indicating whether every value is a whole number of scale 0 below 2^53, so that its double
    /// is exact and a tie on the doubles is equality of the decimals.</summary>
    public bool Integers { get; } = integers;

    /// <summary>Tells whether a value is a whole number of scale 0 whose double is exact.</summary>
    public static bool IsExactInteger(decimal value) => value.Scale == 0 && Math.Abs(value) < ExactIntegerLimit;

    public static NumberColumn Build(IReadOnlyList<CustomerFacts> facts, Func<CustomerFacts, decimal?> read)
    {
        var n = facts.Count;
        var exact = new decimal[n];
        var approx = new double[n];
        var present = new ulong[(n + 63) >> 6];
        var integers = true;
        for (var i = 0; i < n; i++)
        {
            if (read(facts[i]) is { } v)
            {
                exact[i] = v;
                approx[i] = (double)v;
                present[i >> 6] |= 1UL << i;
                integers &= IsExactInteger(v);
            }
        }

        return new NumberColumn(exact, approx, present, integers);
    }
}
