namespace Crm.Core.Lifetime.Internal;

/// <summary>
/// A summary compiled for fast likelihoods: distinct frequencies, recencies and ages are stored once, so the
/// expensive per-value terms (log-gamma, logarithms) are computed once per distinct value, not once per row.
/// </summary>
internal sealed class RowIndex
{
    private RowIndex(int[] xs, double[] recencies, double[] ages, int[] rowX, int[] rowRecency, int[] rowAge, double[] weights)
    {
        Xs = xs;
        Recencies = recencies;
        Ages = ages;
        RowX = rowX;
        RowRecency = rowRecency;
        RowAge = rowAge;
        Weights = weights;
        TotalWeight = weights.Sum();
        MaxX = xs.Length == 0 ? 0 : xs.Max();
    }

    public int MaxX { get; }

    public int[] Xs { get; }

    public double[] Recencies { get; }

    public double[] Ages { get; }

    public int[] RowX { get; }

    public int[] RowRecency { get; }

    public int[] RowAge { get; }

    public double[] Weights { get; }

    public double TotalWeight { get; }

    public int Count => Weights.Length;

    /// <summary>Frequencies up to this use the exact recurrence table; larger ones use two log-gamma calls, so a
    /// frequency near <see cref="int.MaxValue"/> costs neither 8·x bytes nor x logarithms per likelihood evaluation.</summary>
    internal const int RecurrenceLimit = 4096;

    /// <summary>
    /// Returns ln Γ(a + x) − ln Γ(a) = Σ_{k&lt;x} ln(a + k) for each distinct frequency x: the exact recurrence (cheaper
    /// and more accurate than two log-gamma calls) for x up to <see cref="RecurrenceLimit"/>, the log-gamma difference
    /// beyond it.
    /// </summary>
    public double[] LogRising(double a)
    {
        var tableSize = Math.Min(MaxX, RecurrenceLimit);
        var cumulative = new double[tableSize + 1];
        for (var k = 1; k <= tableSize; k++)
        {
            cumulative[k] = cumulative[k - 1] + Math.Log(a + k - 1);
        }

        var result = new double[Xs.Length];
        for (var i = 0; i < Xs.Length; i++)
        {
            var x = Xs[i];
            result[i] = x <= tableSize ? cumulative[x] : MathNet.Numerics.SpecialFunctions.GammaLn(a + x) - MathNet.Numerics.SpecialFunctions.GammaLn(a);
        }

        return result;
    }

    /// <summary>Returns d/da [ln Γ(a + x) − ln Γ(a)] = Σ_{k&lt;x} 1/(a + k) for each distinct frequency x: the exact sum up
    /// to <see cref="RecurrenceLimit"/>, the digamma difference ψ(a + x) − ψ(a) beyond it.</summary>
    public double[] RisingDerivative(double a)
    {
        var tableSize = Math.Min(MaxX, RecurrenceLimit);
        var cumulative = new double[tableSize + 1];
        for (var k = 1; k <= tableSize; k++)
        {
            cumulative[k] = cumulative[k - 1] + (1d / (a + k - 1));
        }

        var result = new double[Xs.Length];
        for (var i = 0; i < Xs.Length; i++)
        {
            var x = Xs[i];
            result[i] = x <= tableSize ? cumulative[x] : MathNet.Numerics.SpecialFunctions.DiGamma(a + x) - MathNet.Numerics.SpecialFunctions.DiGamma(a);
        }

        return result;
    }

    /// <summary>
    /// Returns, for every row, the index of its distinct (frequency, time) pair, where the time is its recency
    /// (<paramref name="recency"/>) or its age; and each pair's frequency index and time.
    /// </summary>
    public (int[] RowPair, int[] PairX, double[] PairTime) Pairs(bool recency)
    {
        var map = new Dictionary<(int, int), int>();
        var rowPair = new int[Count];
        var pairX = new List<int>();
        var pairTime = new List<double>();
        var times = recency ? Recencies : Ages;
        var rowTime = recency ? RowRecency : RowAge;
        for (var row = 0; row < Count; row++)
        {
            var key = (RowX[row], rowTime[row]);
            if (!map.TryGetValue(key, out var index))
            {
                index = map.Count;
                map.Add(key, index);
                pairX.Add(key.Item1);
                pairTime.Add(times[key.Item2]);
            }

            rowPair[row] = index;
        }

        return (rowPair, pairX.ToArray(), pairTime.ToArray());
    }

    /// <summary>
    /// Returns a coarser copy for a warm start: recency and age rounded to 1/200 of the largest age and equal rows merged,
    /// or <see langword="null"/> when the data are small (under 20,000 rows) or would not shrink to half. Rounding both
    /// times on one grid keeps t_x ≤ T and t_x = 0 for x = 0.
    /// </summary>
    public RowIndex? Coarsened()
    {
        if (Count < 20_000)
        {
            return null;
        }

        var step = Ages.Max() / 200d;
        if (!(step > 0d))
        {
            return null;
        }

        var merged = new Dictionary<(int, double, double), double>();
        for (var row = 0; row < Count; row++)
        {
            var key = (Xs[RowX[row]], Math.Round(Recencies[RowRecency[row]] / step) * step, Math.Round(Ages[RowAge[row]] / step) * step);
            merged[key] = merged.GetValueOrDefault(key) + Weights[row];
        }

        if (merged.Count * 2 > Count)
        {
            return null;
        }

        return From(merged.Select(m => new RfmSummaryRow(m.Key.Item1, m.Key.Item2, Math.Max(m.Key.Item2, m.Key.Item3), m.Value)).ToArray());
    }

    public static RowIndex From(IReadOnlyList<RfmSummaryRow> rows)
    {
        var xs = new Dictionary<int, int>();
        var recencies = new Dictionary<double, int>();
        var ages = new Dictionary<double, int>();
        var n = rows.Count;
        int[] rowX = new int[n], rowR = new int[n], rowA = new int[n];
        var weights = new double[n];
        for (var i = 0; i < n; i++)
        {
            var row = rows[i];
            rowX[i] = IndexOf(xs, row.Frequency);
            rowR[i] = IndexOf(recencies, row.Recency + 0d);
            rowA[i] = IndexOf(ages, row.Age + 0d);
            weights[i] = row.Weight;
        }

        return new RowIndex(Keys(xs), Keys(recencies), Keys(ages), rowX, rowR, rowA, weights);
    }

    private static int IndexOf<T>(Dictionary<T, int> map, T value)
        where T : notnull
    {
        if (!map.TryGetValue(value, out var index))
        {
            index = map.Count;
            map.Add(value, index);
        }

        return index;
    }

    private static T[] Keys<T>(Dictionary<T, int> map)
        where T : notnull
    {
        var keys = new T[map.Count];
        foreach (var (key, index) in map)
        {
            keys[index] = key;
        }

        return keys;
    }
}
