using Crm.Core.Customers;
using NodaTime;
using static Crm.Core.Segmentation.Tests.Support.People;

namespace Crm.Core.Segmentation.Tests.Rules;

/// <summary>Summaries, RFM and segment evaluation stop on a cancelled token and give no partial result.</summary>
public class CancellationTests
{
    private static readonly LocalDate AsOf = new(2026, 3, 15);

    /// <summary>200,000 purchases of 5,000 customers (enough for the summariser's threads and for several checks).</summary>
    private static Purchase[] Many() =>
        [.. Enumerable.Range(0, 200_000).Select(i => new Purchase(CustomerCode.Parse($"C-{i % 5000}"), AsOf.PlusDays(-(i % 700)), Money.FromRials(1000 + i)))];

    private static CancellationToken Cancelled()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();
        return source.Token;
    }

    [Fact]
    public void ColumnarSummaries_CancelledToken_Throw()
    {
        var columns = PurchaseColumns.From(Many());

        Assert.ThrowsAny<OperationCanceledException>(() => ColumnarPurchaseSummarizer.Summarize(columns, AsOf, cancellationToken: Cancelled()));
        Assert.ThrowsAny<OperationCanceledException>(() => ColumnarPurchaseSummarizer.Summarize(columns, AsOf, maxDegreeOfParallelism: 1, cancellationToken: Cancelled()));
    }

    [Fact]
    public void Rfm_CancelledToken_ThrowsOnEveryPath()
    {
        var purchases = Many();

        Assert.ThrowsAny<OperationCanceledException>(() => RfmScorer.FromPurchases(purchases, AsOf, cancellationToken: Cancelled()));
        Assert.ThrowsAny<OperationCanceledException>(() => RfmScorer.FromColumns(PurchaseColumns.From(purchases), AsOf, cancellationToken: Cancelled()));
        var twoCurrencies = purchases.Select((p, i) => i == 7 ? p with { Amount = new Money(5m, "USD") } : p).ToArray();
        Assert.ThrowsAny<OperationCanceledException>(() => RfmScorer.FromColumns(PurchaseColumns.From(twoCurrencies), AsOf, cancellationToken: Cancelled()));
    }

    [Fact]
    public void Rfm_TokenNotCancelled_SameResultAsWithout()
    {
        var purchases = Many();
        using var source = new CancellationTokenSource();

        Assert.Equal(RfmScorer.FromPurchases(purchases, AsOf).Rows, RfmScorer.FromPurchases(purchases, AsOf, cancellationToken: source.Token).Rows);
    }

    [Fact]
    public void Segment_CancelledWhileReadingThePopulation_ThrowsAndListsNobody()
    {
        var compiled = Define(When("lastName", SegmentOperator.Contains, "ی")).Compile();
        var everyone = Enumerable.Range(0, 20_000).Select(i => Person($"P{i}", "رضایی")).ToArray();
        var facts = CustomerFacts.Combine(everyone).ToArray();
        using var source = new CancellationTokenSource();

        // The population is read lazily: the token is cancelled half-way through it.
        IEnumerable<CustomerFacts> Population()
        {
            for (var i = 0; i < facts.Length; i++)
            {
                if (i == facts.Length / 2)
                {
                    source.Cancel();
                }

                yield return facts[i];
            }
        }

        Assert.ThrowsAny<OperationCanceledException>(() => compiled.Evaluate(Population(), new SegmentContext(AsOf), source.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => compiled.Evaluate(CustomerSnapshot.Build(facts), new SegmentContext(AsOf), Cancelled()));
        Assert.Equal(facts.Length, compiled.Evaluate(facts, new SegmentContext(AsOf), CancellationToken.None).Count);
    }
}
