namespace Crm.Core.Lifetime.Internal;

/// <summary>
/// Fixed-size chunks of a loop, run in parallel for large inputs. The chunk boundaries depend only on the count, never
/// on the number of threads, so sums reduced chunk by chunk in order are the same on every machine and every run.
/// </summary>
internal static class Chunks
{
    public const int Size = 8192;

    public static int Count(int count) => (count + Size - 1) / Size;

    /// <summary>Runs <paramref name="body"/>(from, to, chunk) for every chunk of [0, <paramref name="count"/>).</summary>
    public static void For(int count, int maxDegreeOfParallelism, Action<int, int, int> body)
    {
        var chunks = Count(count);
        if (chunks <= 1 || maxDegreeOfParallelism == 1)
        {
            for (var c = 0; c < chunks; c++)
            {
                body(c * Size, Math.Min(count, (c + 1) * Size), c);
            }

            return;
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism };
        Parallel.For(0, chunks, options, c => body(c * Size, Math.Min(count, (c + 1) * Size), c));
    }
}
