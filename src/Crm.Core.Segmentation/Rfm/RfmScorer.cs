using System.Buffers;
using Ardalis.GuardClauses;
using Crm.Core.Customers;
using Crm.Core.Segmentation.Internal;
using NodaTime;

namespace Crm.Core.Segmentation;

/// <summary>
/// Scores customers 1–5 on recency, frequency and monetary value with the tie rule
/// score = 1 + floor(5·w/n), where n is the number of customers scored and w the number whose value is strictly worse.
/// </summary>
/// <remarks>
/// Equal values always get equal scores, and distinct values split into even quintiles. The rule needs only four order
/// statistics per axis (found by quickselect or a histogram), not a sort; scoring allocates nothing but its output.
/// </remarks>
public static class RfmScorer
{
    /// <summary>Scores columns of figures in place, without allocating (scratch space comes from the shared array pool).</summary>
    /// <param name="recencyDays">Days since the last purchase per customer (fewer is better).</param>
    /// <param name="frequency">Purchases per customer (more is better).</param>
    /// <param name="monetary">Total spend per customer, in one currency (more is better).</param>
    /// <param name="destination">One score per customer; at least as long as the inputs.</param>
    /// <exception cref="ArgumentException">The inputs differ in length or <paramref name="destination"/> is too short.</exception>
    public static void Score(ReadOnlySpan<int> recencyDays, ReadOnlySpan<int> frequency, ReadOnlySpan<decimal> monetary, Span<RfmScore> destination)
    {
        var n = recencyDays.Length;
        if (frequency.Length != n || monetary.Length != n)
        {
            throw new ArgumentException("Recency, frequency and monetary columns must have the same length.", nameof(frequency));
        }

        if (destination.Length < n)
        {
            throw new ArgumentException("The destination is shorter than the inputs.", nameof(destination));
        }

        if (n == 0)
        {
            return;
        }

        var keysArray = ArrayPool<long>.Shared.Rent(n);
        var scratchArray = ArrayPool<long>.Shared.Rent(n);
        try
        {
            var keys = keysArray.AsSpan(0, n);
            var scratch = scratchArray.AsSpan(0, n);
            Span<long> rT = stackalloc long[4];
            Span<long> fT = stackalloc long[4];
            Span<long> mT = stackalloc long[4];
            AxisThresholds.ForInts(recencyDays, higherIsBetter: false, scratch, rT);
            AxisThresholds.ForInts(frequency, higherIsBetter: true, scratch, fT);
            if (!DecimalKeys.TryConvert(monetary, keys, out var min, out var max))
            {
                ScoreExactMonetary(recencyDays, frequency, monetary, rT, fT, destination);
                return;
            }

            AxisThresholds.ForLongs(keys, min, max, higherIsBetter: true, scratch, mT);
            ScoreAll(recencyDays, frequency, keys, rT, fT, mT, destination);
        }
        finally
        {
            ArrayPool<long>.Shared.Return(keysArray);
            ArrayPool<long>.Shared.Return(scratchArray);
        }
    }

    /// <summary>Scores customers from their purchase summaries (recency = days since last purchase, frequency = purchases,
    /// monetary = total spend).</summary>
    /// <param name="summaries">One summary per customer, all at the same as-of date.</param>
    /// <param name="map">The segment map; <see cref="RfmSegmentMap.Default"/> when <see langword="null"/>.</param>
    /// <returns>The rows sorted by customer code; customers whose currency differs from the first one's are reported as
    /// errors (<c>rfm.mixed-currency</c>) and not scored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="summaries"/> is <see langword="null"/>.</exception>
    public static RfmResult FromSummaries(IEnumerable<CustomerSummary> summaries, RfmSegmentMap? map = null)
    {
        Guard.Against.Null(summaries);
        map ??= RfmSegmentMap.Default;
        var list = summaries.OrderBy(s => s.CustomerId).ToList();
        var errors = new List<ValidationError>();
        var asOf = list.Count > 0 ? list[0].AsOf : default;
        var currency = list.Count > 0 ? list[0].TotalSpend.Currency : Money.Rial;
        var kept = new List<CustomerSummary>(list.Count);
        foreach (var s in list)
        {
            if (string.Equals(s.TotalSpend.Currency, currency, StringComparison.Ordinal))
            {
                kept.Add(s);
                continue;
            }

            errors.Add(new ValidationError("monetary", "rfm.mixed-currency", s.TotalSpend.Currency,
                $"Rule 'rfm.mixed-currency' failed for value '{s.TotalSpend.Currency}': customer '{s.CustomerId}' is in a different currency from {currency}; customers are ranked in one currency."));
        }

        var n = kept.Count;
        var recency = new int[n];
        var frequency = new int[n];
        var monetary = new decimal[n];
        for (var i = 0; i < n; i++)
        {
            recency[i] = kept[i].DaysSinceLastPurchase;
            frequency[i] = kept[i].Purchases;
            monetary[i] = kept[i].TotalSpend.Amount;
        }

        var scores = new RfmScore[n];
        Score(recency, frequency, monetary, scores);
        var rows = new RfmRow[n];
        for (var i = 0; i < n; i++)
        {
            rows[i] = new RfmRow(kept[i].CustomerId, recency[i], frequency[i], kept[i].TotalSpend, scores[i], map.SegmentOf(scores[i]));
        }

        return new RfmResult(asOf, map, rows, [], errors);
    }

    /// <summary>Summarises purchases at an as-of date and scores every customer who bought on or before it.</summary>
    /// <param name="purchases">The purchases, in any order and calendar.</param>
    /// <param name="asOf">The as-of date; later purchases are ignored.</param>
    /// <param name="population">Every known customer, or <see langword="null"/>; known customers (and buyers whose purchases
    /// all fall after the as-of date) without a purchase by then are listed in <see cref="RfmResult.WithoutPurchases"/>.</param>
    /// <param name="map">The segment map; <see cref="RfmSegmentMap.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the work; no partial result is returned.</param>
    /// <returns>The scored rows, the customers without purchases and the errors.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="purchases"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static RfmResult FromPurchases(IEnumerable<Purchase> purchases, LocalDate asOf, IEnumerable<CustomerCode>? population = null, RfmSegmentMap? map = null,
        CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(purchases);
        return FromColumns(PurchaseColumns.From(purchases), asOf, population, map, cancellationToken);
    }

    /// <summary>Summarises purchase columns (for example from <see cref="PurchaseCsvImporter"/>) at an as-of date and scores
    /// every customer who bought on or before it; the same result as <see cref="FromPurchases"/> on the same purchases.</summary>
    /// <param name="columns">The purchases.</param>
    /// <param name="asOf">The as-of date; later purchases are ignored.</param>
    /// <param name="population">Every known customer, or <see langword="null"/>; known customers (and buyers whose purchases
    /// all fall after the as-of date) without a purchase by then are listed in <see cref="RfmResult.WithoutPurchases"/>.</param>
    /// <param name="map">The segment map; <see cref="RfmSegmentMap.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the work; no partial result is returned.</param>
    /// <returns>The scored rows, the customers without purchases and the errors.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="columns"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static RfmResult FromColumns(PurchaseColumns columns, LocalDate asOf, IEnumerable<CustomerCode>? population = null, RfmSegmentMap? map = null,
        CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(columns);
        if (columns.Currencies.Count == 1)
        {
            return FromOneCurrency(columns, asOf, population, map ?? RfmSegmentMap.Default, cancellationToken);
        }

        var summary = ColumnarPurchaseSummarizer.Summarize(columns, asOf, cancellationToken: cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        var summaries = summary.ToSummaries();
        var scored = FromSummaries(summaries, map);
        var known = new HashSet<CustomerCode>(columns.Customers);
        if (population is not null)
        {
            known.UnionWith(population);
        }

        known.ExceptWith(summaries.Select(c => c.CustomerId));
        known.ExceptWith(summary.Errors.Select(e => CustomerCode.Parse(e.Value)));
        var without = known.Order().ToArray();
        return scored with
        {
            AsOf = asOf.WithCalendar(CalendarSystem.Iso),
            WithoutPurchases = without,
            Errors = [.. summary.Errors, .. scored.Errors],
        };
    }

    /// <summary>Scores straight from the summary columns when every purchase is in one currency (no summary records, no
    /// mixed-currency errors possible); the same rows as going through <see cref="FromSummaries"/>.</summary>
    private static RfmResult FromOneCurrency(PurchaseColumns columns, LocalDate asOf, IEnumerable<CustomerCode>? population, RfmSegmentMap map,
        CancellationToken cancellationToken)
    {
        var summary = ColumnarPurchaseSummarizer.Summarize(columns, asOf, cancellationToken: cancellationToken);
        var customers = summary.Customers;
        var scoredCount = 0;
        for (var c = 0; c < customers.Count; c++)
        {
            scoredCount += summary.IsSummarized(c) ? 1 : 0;
        }

        var codes = new CustomerCode[scoredCount];
        var order = new int[scoredCount];
        var without = new List<CustomerCode>();
        for (int c = 0, k = 0; c < customers.Count; c++)
        {
            if (summary.IsSummarized(c))
            {
                codes[k] = customers[c];
                order[k++] = c;
            }
            else
            {
                without.Add(customers[c]);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        CodeOrder.Sort(codes, order);
        cancellationToken.ThrowIfCancellationRequested();
        var asOfDay = summary.AsOf.ToDateOnly().DayNumber;
        var recency = new int[scoredCount];
        var frequency = new int[scoredCount];
        var monetary = new decimal[scoredCount];
        for (var i = 0; i < scoredCount; i++)
        {
            var c = order[i];
            recency[i] = asOfDay - summary.LastPurchaseDay[c];
            frequency[i] = summary.Purchases[c];
            monetary[i] = summary.TotalSpend[c];
        }

        var scores = new RfmScore[scoredCount];
        Score(recency, frequency, monetary, scores);
        var currency = columns.Currencies[0];
        var rows = new RfmRow[scoredCount];
        for (var i = 0; i < scoredCount; i++)
        {
            rows[i] = new RfmRow(codes[i], recency[i], frequency[i], new Money(monetary[i], currency), scores[i], map.SegmentOf(scores[i]));
        }

        // A customer reported by the summary (a total beyond decimal.MaxValue) is an error, not "without purchases".
        var known = new HashSet<CustomerCode>(without);
        known.ExceptWith(summary.Errors.Select(e => CustomerCode.Parse(e.Value)));
        if (population is not null)
        {
            known.UnionWith(population);
            known.ExceptWith(codes);
            known.ExceptWith(summary.Errors.Select(e => CustomerCode.Parse(e.Value)));
        }

        return new RfmResult(summary.AsOf, map, rows, known.Order().ToArray(), [.. summary.Errors]);
    }

    private static void ScoreExactMonetary(
        ReadOnlySpan<int> recencyDays, ReadOnlySpan<int> frequency, ReadOnlySpan<decimal> monetary,
        ReadOnlySpan<long> rT, ReadOnlySpan<long> fT, Span<RfmScore> destination)
    {
        var n = monetary.Length;
        var copyArray = ArrayPool<decimal>.Shared.Rent(n);
        try
        {
            var copy = copyArray.AsSpan(0, n);
            monetary.CopyTo(copy);
            Span<decimal> mT = stackalloc decimal[4];
            AxisThresholds.ForValues(copy, higherIsBetter: true, mT);
            for (var i = 0; i < n; i++)
            {
                var m = monetary[i];
                var mScore = (byte)(1 + (m > mT[0] ? 1 : 0) + (m > mT[1] ? 1 : 0) + (m > mT[2] ? 1 : 0) + (m > mT[3] ? 1 : 0));
                destination[i] = RfmScore.FromTrusted(
                    Lower(recencyDays[i], rT[0], rT[1], rT[2], rT[3]),
                    Higher(frequency[i], fT[0], fT[1], fT[2], fT[3]),
                    mScore);
            }
        }
        finally
        {
            ArrayPool<decimal>.Shared.Return(copyArray);
        }
    }

    /// <summary>Scores every customer from the thresholds, a block at a time: each axis is scored with vectors, then the
    /// three scores are interleaved into the destination.</summary>
    private static void ScoreAll(
        ReadOnlySpan<int> recencyDays, ReadOnlySpan<int> frequency, ReadOnlySpan<long> monetary,
        ReadOnlySpan<long> rT, ReadOnlySpan<long> fT, ReadOnlySpan<long> mT, Span<RfmScore> destination)
    {
        const int Block = 256;
        Span<int> r = stackalloc int[Block];
        Span<int> f = stackalloc int[Block];
        Span<long> m = stackalloc long[Block];
        var n = monetary.Length;
        for (var start = 0; start < n; start += Block)
        {
            var length = Math.Min(Block, n - start);
            AxisScores.Score(recencyDays.Slice(start, length), rT, higherIsBetter: false, r);
            AxisScores.Score(frequency.Slice(start, length), fT, higherIsBetter: true, f);
            AxisScores.Score(monetary.Slice(start, length), mT, higherIsBetter: true, m);
            var target = destination.Slice(start, length);
            for (var j = 0; j < target.Length; j++)
            {
                target[j] = RfmScore.FromTrusted((byte)r[j], (byte)f[j], (byte)m[j]);
            }
        }
    }

    /// <summary>1 + the number of thresholds a value exceeds (higher is better).</summary>
    private static byte Higher(long x, long t0, long t1, long t2, long t3) =>
        (byte)(1 + (x > t0 ? 1 : 0) + (x > t1 ? 1 : 0) + (x > t2 ? 1 : 0) + (x > t3 ? 1 : 0));

    /// <summary>1 + the number of thresholds a value is below (lower is better).</summary>
    private static byte Lower(long x, long t0, long t1, long t2, long t3) =>
        (byte)(1 + (x < t0 ? 1 : 0) + (x < t1 ? 1 : 0) + (x < t2 ? 1 : 0) + (x < t3 ? 1 : 0));
}
