using BenchmarkDotNet.Attributes;
using Crm.Core.Segmentation;

namespace Crm.Core.Benchmarks.Segmentation;

/// <summary>RFM scores plus segment for 1,000,000 customers from their summary figures.</summary>
[MemoryDiagnoser]
public class RfmScoringBenchmarks
{
    private const int N = 1_000_000;
    private int[] _recency = [];
    private int[] _frequency = [];
    private decimal[] _monetary = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _recency = new int[N];
        _frequency = new int[N];
        _monetary = new decimal[N];
        for (var i = 0; i < N; i++)
        {
            _recency[i] = random.Next(0, 730);
            _frequency[i] = 1 + (int)(-Math.Log(1 - random.NextDouble()) * 3);
            _monetary[i] = random.Next(1, 2_000_000) / 100m;
        }
    }

    /// <summary>What a user would write: sort each axis with OrderBy, count the strictly worse values, map R/F.</summary>
    [Benchmark(Baseline = true)]
    public string[] LinqOrderByRanking()
    {
        var r = Rank(_recency.Select(v => (decimal)-v));
        var f = Rank(_frequency.Select(v => (decimal)v));
        var m = Rank(_monetary);
        var map = RfmSegmentMap.Default;
        var segments = new string[N];
        for (var i = 0; i < N; i++)
        {
            segments[i] = map.SegmentOf(new RfmScore(r[i], f[i], m[i])).Name;
        }

        return segments;

        static int[] Rank(IEnumerable<decimal> values)
        {
            var sorted = values.Select((v, i) => (v, i)).OrderBy(x => x.v).ToArray();
            var scores = new int[sorted.Length];
            var worse = 0;
            for (var k = 0; k < sorted.Length; k++)
            {
                if (k > 0 && sorted[k].v != sorted[k - 1].v)
                {
                    worse = k;
                }

                scores[sorted[k].i] = 1 + (int)(5L * worse / sorted.Length);
            }

            return scores;
        }
    }

    /// <summary>Four order statistics per axis, then one pass; allocates only the two output arrays.</summary>
    [Benchmark]
    public byte[] OrderStatistics()
    {
        var scores = new RfmScore[N];
        var segments = new byte[N];
        RfmScorer.Score(_recency, _frequency, _monetary, scores);
        RfmSegmentMap.Default.Classify(scores, segments);
        return segments;
    }
}
