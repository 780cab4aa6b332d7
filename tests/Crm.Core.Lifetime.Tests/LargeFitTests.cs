using System.Diagnostics;
using Crm.Core.Customers;
using Crm.Core.Lifetime.Internal;

namespace Crm.Core.Lifetime.Tests;

/// <summary>The gradient-based fits on large simulated data: recovery, the coarse warm start, parallelism and cancellation.</summary>
public class LargeFitTests
{
    private static readonly ParetoNbdParameters Truth = new(0.553, 10.578, 0.606, 11.669, TimeUnit.Weeks);

    /// <summary>CDNOW-like ages: first purchases over 12 weeks, observed to week 39; exact (continuous) times.</summary>
    private static RfmSummary Simulated(int customers, int seed)
    {
        var random = new Random(seed);
        var ages = Enumerable.Range(0, customers).Select(_ => 39d - (random.NextDouble() * 12d)).ToArray();
        return RfmSummary.Collapse(LifetimeSimulation.SimulateParetoNbd(Truth, ages, random), TimeUnit.Weeks);
    }

    [Fact]
    public void Fit_FiftyThousandSimulatedParetoNbdCustomers_RecoversTheTruthWithinFourStandardErrors()
    {
        var summary = Simulated(50_000, 16);

        var fit = ParetoNbdModel.Fit(summary);

        Assert.True(fit.Converged, fit.Message);
        Assert.True(summary.Rows.Count > 20_000, "continuous times: the coarse warm start is used");
        double[] truth = [Truth.R, Truth.Alpha, Truth.S, Truth.Beta];
        for (var i = 0; i < 4; i++)
        {
            var e = fit.Estimates[i];
            Assert.True(Math.Abs(e.Value - truth[i]) <= 4 * e.StandardError, $"{e.Name}: {e.Value} ± {e.StandardError}, truth {truth[i]}");
        }
    }

    [Fact]
    public void Fit_SimulatedMbgNbdCustomers_RecoversTheTruthWithinFourStandardErrors()
    {
        var truth = new MbgNbdParameters(0.5, 6.0, 0.9, 1.6, TimeUnit.Weeks);
        var random = new Random(7);
        var ages = Enumerable.Range(0, 30_000).Select(_ => 39d - (random.NextDouble() * 12d)).ToArray();

        var fit = MbgNbdModel.Fit(RfmSummary.Collapse(LifetimeSimulation.SimulateMbgNbd(truth, ages, random), TimeUnit.Weeks));

        Assert.True(fit.Converged, fit.Message);
        double[] expected = [truth.R, truth.Alpha, truth.A, truth.B];
        for (var i = 0; i < 4; i++)
        {
            var e = fit.Estimates[i];
            Assert.True(Math.Abs(e.Value - expected[i]) <= 4 * e.StandardError, $"{e.Name}: {e.Value} ± {e.StandardError}, truth {expected[i]}");
        }
    }

    [Fact]
    public void Fit_WarmStartOnCoarseRows_ReachesTheSameOptimumAsTheFullSearch()
    {
        var summary = Simulated(40_000, 3);
        var data = RowIndex.From(summary.Rows);
        var coarse = data.Coarsened();
        Assert.NotNull(coarse);
        Assert.True(coarse.Count < data.Count / 2, $"{coarse.Count} coarse rows of {data.Count}");
        var full = new ParetoNbdGradient(data, -1);
        var warm = new ParetoNbdGradient(coarse, -1);
        double[][] starts = [[1, 33, 1, 33], [0.5, 8, 0.5, 16]];
        double Value(double[] p) => ParetoNbdLikelihood.Sum(data, p[0], p[1], p[2], p[3]);

        var direct = MaximumLikelihood.Fit(Value, (p, g) => full.Evaluate(p[0], p[1], p[2], p[3], g), data.TotalWeight, starts, FitOptions.Default);
        var warmed = MaximumLikelihood.Fit(Value, (p, g) => full.Evaluate(p[0], p[1], p[2], p[3], g), data.TotalWeight, starts, FitOptions.Default,
            warmStart: (p, g) => warm.Evaluate(p[0], p[1], p[2], p[3], g));

        Assert.True(direct.Converged && warmed.Converged, direct.Message + " / " + warmed.Message);
        Assert.Equal(direct.LogLikelihood, warmed.LogLikelihood, 1e-9 * Math.Abs(direct.LogLikelihood));
        for (var i = 0; i < 4; i++)
        {
            Cdnow.AssertRelative(direct.Values[i], warmed.Values[i], 1e-5, $"parameter {i}");
            Cdnow.AssertRelative(direct.StandardErrors[i]!.Value, warmed.StandardErrors[i]!.Value, 1e-4, $"standard error {i}");
        }
    }

    [Fact]
    public void Fit_OneThreadOrEveryProcessor_GivesIdenticalResults()
    {
        var summary = Simulated(30_000, 5);

        var one = ParetoNbdModel.Fit(summary, new FitOptions { MaxDegreeOfParallelism = 1 });
        var all = ParetoNbdModel.Fit(summary, new FitOptions { MaxDegreeOfParallelism = -1 });
        var bgOne = BgNbdModel.Fit(summary, new FitOptions { MaxDegreeOfParallelism = 1 });
        var bgAll = BgNbdModel.Fit(summary, new FitOptions { MaxDegreeOfParallelism = 3 });

        Assert.Equal(one.LogLikelihood, all.LogLikelihood);
        Assert.Equal(one.Estimates, all.Estimates);
        Assert.Equal(bgOne.Estimates, bgAll.Estimates);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void Fit_InvalidParallelism_Throws(int threads)
    {
        var summary = Cdnow.Weeks();

        Assert.Throws<ArgumentOutOfRangeException>(() => ParetoNbdModel.Fit(summary, new FitOptions { MaxDegreeOfParallelism = threads }));
        Assert.Throws<ArgumentOutOfRangeException>(() => BgNbdModel.Fit(summary, new FitOptions { MaxDegreeOfParallelism = threads }));
    }

    [Fact]
    public void Fit_CancelledToken_ThrowsForEveryModel()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var summary = Cdnow.Weeks();

        Assert.Throws<OperationCanceledException>(() => BgNbdModel.Fit(summary, cancellationToken: cts.Token));
        Assert.Throws<OperationCanceledException>(() => MbgNbdModel.Fit(summary, cancellationToken: cts.Token));
        Assert.Throws<OperationCanceledException>(() => ParetoNbdModel.Fit(summary, cancellationToken: cts.Token));
        Assert.Throws<OperationCanceledException>(() => GammaGammaModel.Fit(Cdnow.SpendRows(), cancellationToken: cts.Token));
    }

    [Fact]
    public void Fit_CancelledWhileRunning_StopsWithinOneEvaluation()
    {
        var summary = Simulated(300_000, 9);
        using var cts = new CancellationTokenSource();
        var clock = Stopwatch.StartNew();

        // A dedicated thread rather than CancelAfter: the timer of CancelAfter runs on the thread pool, which the fit's own
        // parallel loops (and other tests) may keep busy.
        var canceller = new Thread(() =>
        {
            Thread.Sleep(50);
            cts.Cancel();
        });
        canceller.Start();

        Assert.Throws<OperationCanceledException>(() => ParetoNbdModel.Fit(summary, cancellationToken: cts.Token));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
        canceller.Join();
    }
}
