using Ardalis.GuardClauses;
using Crm.Core.Customers;
using Crm.Core.Segmentation.Internal;
using NodaTime;

namespace Crm.Core.Segmentation;

/// <summary>
/// Summarises millions of purchases per customer in linear time, with the same figures as
/// <see cref="PurchaseSummarizer.Summarize"/>.
/// </summary>
/// <remarks>
/// When every amount is in one currency and has a mantissa of at most 64 bits (about 19 digits; any realistic amount
/// does), purchases are scattered into partitions of 4,096 customers and each partition is summarised in the processor
/// cache, with integer sums where they cannot overflow; the passes run on several threads for large inputs. Otherwise
/// (several currencies, amounts with more digits) a general path keeps one running decimal state per customer and reports
/// customers with mixed currencies. Both give the same figures, digit for digit.
/// </remarks>
public static class ColumnarPurchaseSummarizer
{
    /// <summary>Summarises purchase columns at an as-of date.</summary>
    /// <param name="purchases">The purchases.</param>
    /// <param name="asOf">The as-of date, any calendar; later purchases are counted in
    /// <see cref="CustomerSummaryColumns.PurchasesAfterAsOf"/> only.</param>
    /// <param name="unit">The unit of recency and age.</param>
    /// <param name="maxDegreeOfParallelism">How many threads may share the work: -1 (the default) for one per processor,
    /// 1 to stay on the calling thread. Inputs under 65,536 purchases always stay on the calling thread. The figures do not
    /// depend on it.</param>
    /// <param name="cancellationToken">Stops the work between its passes (and every 65,536 purchases on the general
    /// path); no partial result is returned.</param>
    /// <returns>The per-customer figures; customers with purchases in more than one currency are reported in
    /// <see cref="CustomerSummaryColumns.Errors"/> (<c>purchase.mixed-currency</c>) and not summarised, and so are customers
    /// whose purchases add up to more than <see cref="decimal.MaxValue"/> (<c>purchase.total-overflow</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="purchases"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not defined, or
    /// <paramref name="maxDegreeOfParallelism"/> is neither -1 nor positive.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static CustomerSummaryColumns Summarize(PurchaseColumns purchases, LocalDate asOf, TimeUnit unit = TimeUnit.Days, int maxDegreeOfParallelism = -1,
        CancellationToken cancellationToken = default)
    {
        if (maxDegreeOfParallelism is 0 or < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism,
                "maxDegreeOfParallelism must be -1 (one thread per processor) or a positive number of threads.");
        }

        var threads = maxDegreeOfParallelism == -1 ? Environment.ProcessorCount : maxDegreeOfParallelism;
        return Summarize(purchases, asOf, unit, PartitionedSummarizer.DefaultPartitionBits, threads, allowFastPath: true, cancellationToken);
    }

    /// <summary>Summarises with a given partition size and thread count, or always on the general path (for tests
    /// comparing the two).</summary>
    internal static CustomerSummaryColumns Summarize(
        PurchaseColumns purchases, LocalDate asOf, TimeUnit unit, int partitionBits, int threads, bool allowFastPath,
        CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(purchases);
        Guard.Against.EnumOutOfRange(unit);
        var asOfIso = asOf.WithCalendar(CalendarSystem.Iso);
        var asOfDay = asOfIso.ToDateOnly().DayNumber;
        var customers = purchases.Customers.Count;
        if (allowFastPath && purchases.Currencies.Count == 1)
        {
            var figures = new PartitionedSummarizer.Figures(
                new int[customers], new int[customers], new int[customers], new int[customers], new decimal[customers], new decimal[customers]);
            figures.First.AsSpan().Fill(int.MaxValue);
            figures.Last.AsSpan().Fill(int.MinValue);
            if (PartitionedSummarizer.TrySummarize(purchases, asOfDay, partitionBits, threads, figures, out var later, cancellationToken) && figures.Overflowed == 0)
            {
                var repeat = new decimal[customers];
                for (var c = 0; c < customers; c++)
                {
                    repeat[c] = figures.Total[c] - figures.FirstTotal[c];
                }

                return new CustomerSummaryColumns(purchases, asOfIso, unit, figures.Count, figures.RepeatDays, figures.First, figures.Last,
                    figures.Total, repeat, new byte[customers], new bool[customers], later, []);
            }
        }

        var state = new CustomerState[customers];
        var idx = purchases.CustomerIndex;
        var days = purchases.DayNumber;
        var amounts = purchases.Amount;
        var currencies = purchases.CurrencyIndex;
        var after = 0;
        for (var i = 0; i < idx.Length; i++)
        {
            if ((i & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var day = days[i];
            if (day > asOfDay)
            {
                after++;
                continue;
            }

            // One struct per customer keeps every running figure in one or two cache lines.
            ref var s = ref state[idx[i]];
            var amount = amounts[i];
            if (s.Count++ == 0)
            {
                s.Currency = currencies[i];
                s.First = day;
                s.Last = day;
                s.Total = amount;
                s.FirstTotal = amount;
                continue;
            }

            s.Failed |= s.Currency != currencies[i];
            try
            {
                s.Total += amount;
                if (day < s.First)
                {
                    s.First = day;
                    s.FirstTotal = amount;
                }
                else if (day == s.First)
                {
                    s.FirstTotal += amount;
                }
            }
            catch (OverflowException)
            {
                // Reported below; the customer's figures are not used.
                s.Overflowed = true;
                s.First = Math.Min(s.First, day);
            }

            if (day > s.Last)
            {
                s.Last = day;
            }
        }

        var count = new int[customers];
        var first = new int[customers];
        var last = new int[customers];
        var total = new decimal[customers];
        var firstTotal = new decimal[customers];
        var currency = new byte[customers];
        var failed = new bool[customers];
        for (var c = 0; c < customers; c++)
        {
            ref readonly var s = ref state[c];
            count[c] = s.Count;
            first[c] = s.Count == 0 ? int.MaxValue : s.First;
            last[c] = s.Count == 0 ? int.MinValue : s.Last;
            total[c] = s.Total;
            firstTotal[c] = s.FirstTotal;
            currency[c] = s.Currency;
            failed[c] = s.Failed || s.Overflowed;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var repeatDays = CountRepeatDays(idx, days, asOfDay, count, first, last);
        var repeatTotal = new decimal[customers];
        var errors = new List<ValidationError>();
        for (var c = 0; c < customers; c++)
        {
            repeatTotal[c] = state[c].Overflowed ? 0m : total[c] - firstTotal[c];
            if (state[c].Overflowed && !state[c].Failed)
            {
                total[c] = firstTotal[c] = 0m;
                errors.Add(new ValidationError("amount", "purchase.total-overflow", purchases.Customers[c].Value,
                    $"Rule 'purchase.total-overflow' failed for value '{purchases.Customers[c]}': the customer's purchases add up to more than {decimal.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture)}, the largest amount a summary holds; the customer is not summarised."));
            }
            else if (failed[c])
            {
                errors.Add(new ValidationError("amount", "purchase.mixed-currency", purchases.Customers[c].Value,
                    $"Rule 'purchase.mixed-currency' failed for value '{purchases.Customers[c]}': the customer has purchases in more than one currency; convert them to one currency first."));
            }
        }

        return new CustomerSummaryColumns(purchases, asOfIso, unit, count, repeatDays, first, last, total, repeatTotal, currency, failed, after, errors);
    }

    private static int[] CountRepeatDays(ReadOnlySpan<int> idx, ReadOnlySpan<int> days, int asOfDay, int[] count, int[] first, int[] last)
    {
        var customers = count.Length;
        var repeat = new int[customers];
        var offsets = new int[customers + 1];
        for (var c = 0; c < customers; c++)
        {
            // Only customers who bought on two different days need their days grouped.
            offsets[c + 1] = offsets[c] + (last[c] > first[c] ? count[c] : 0);
        }

        var bucket = new int[offsets[customers]];
        var fill = new int[customers];
        Array.Copy(offsets, fill, customers);
        for (var i = 0; i < idx.Length; i++)
        {
            var c = idx[i];
            if (days[i] <= asOfDay && last[c] > first[c])
            {
                bucket[fill[c]++] = days[i];
            }
        }

        for (var c = 0; c < customers; c++)
        {
            var slice = bucket.AsSpan(offsets[c], offsets[c + 1] - offsets[c]);
            if (slice.IsEmpty)
            {
                continue;
            }

            slice.Sort();
            var distinct = 1;
            for (var k = 1; k < slice.Length; k++)
            {
                if (slice[k] != slice[k - 1])
                {
                    distinct++;
                }
            }

            repeat[c] = distinct - 1;
        }

        return repeat;
    }

    private struct CustomerState
    {
        public decimal Total;
        public decimal FirstTotal;
        public int Count;
        public int First;
        public int Last;
        public byte Currency;
        public bool Failed;
        public bool Overflowed;
    }
}
