using Crm.Core.Customers;
using Crm.Core.Lifetime;
using MathNet.Numerics;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace Crm.Core.Benchmarks.Lifetime;

/// <summary>Shared inputs and the naive baseline a user would write: one likelihood term per customer, log-gamma each time.</summary>
internal static class LifetimeBenchData
{
    public static readonly BgNbdParameters Truth = new(0.243, 4.414, 0.793, 2.426, TimeUnit.Weeks);

    public static RfmSummaryRow[] ReadCdnow()
    {
        var path = Path.GetFullPath(Path.Combine(FindRoot(), "..", "shared", "data", "cdnow", "cdnow_cbs_39wk_calibration.csv"));
        using var reader = new StreamReader(path);
        return RfmCsvReader.Read(reader).Customers.Select(c => new RfmSummaryRow(c.Frequency, c.Recency, c.Age)).ToArray();
    }

    /// <summary>Simulates weekly cohorts acquired over a year and observed to one end date; times in whole weeks (weekly reporting).</summary>
    public static RfmSummaryRow[] Simulate(int customers, int seed)
    {
        var ages = Enumerable.Range(0, customers).Select(i => 52d + (i % 52)).ToArray();
        return LifetimeSimulation.SimulateBgNbd(Truth, ages, new Random(seed))
            .Select(r => new RfmSummaryRow(r.Frequency, Math.Floor(r.Recency), r.Age)).ToArray();
    }

    public static double NaiveLogLikelihood(RfmSummaryRow[] rows, double r, double alpha, double a, double b)
    {
        var total = 0d;
        foreach (var row in rows)
        {
            var x = row.Frequency;
            var ll = SpecialFunctions.GammaLn(r + x) - SpecialFunctions.GammaLn(r) + (r * Math.Log(alpha))
                + SpecialFunctions.GammaLn(a + b) + SpecialFunctions.GammaLn(b + x) - SpecialFunctions.GammaLn(b) - SpecialFunctions.GammaLn(a + b + x);
            var a1 = -(r + x) * Math.Log(alpha + row.Age);
            var a2 = x > 0 ? Math.Log(a) - Math.Log(b + x - 1) - ((r + x) * Math.Log(alpha + row.Recency)) : double.NegativeInfinity;
            var max = Math.Max(a1, a2);
            total += ll + max + Math.Log(Math.Exp(a1 - max) + Math.Exp(a2 - max));
        }

        return total;
    }

    public static double[] NaiveFit(RfmSummaryRow[] rows)
    {
        var n = rows.Length;
        var objective = ObjectiveFunction.Value(theta =>
        {
            var value = -NaiveLogLikelihood(rows, Math.Exp(theta[0]), Math.Exp(theta[1]), Math.Exp(theta[2]), Math.Exp(theta[3])) / n;
            return double.IsFinite(value) ? value : 1e100;
        });
        var result = NelderMeadSimplex.Minimum(objective, Vector<double>.Build.Dense([0, Math.Log(rows.Average(r => r.Age)), 0, 0]), 1e-9, 5000);
        return result.MinimizingPoint.Select(Math.Exp).ToArray();
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Crm.Core.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new DirectoryNotFoundException("Crm.Core.sln not found above the benchmark binaries.");
    }
}
