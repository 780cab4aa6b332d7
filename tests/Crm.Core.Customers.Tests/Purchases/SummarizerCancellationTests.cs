using NodaTime;

namespace Crm.Core.Customers.Tests.Purchases;

public class SummarizerCancellationTests
{
    private static readonly LocalDate AsOf = new(2026, 3, 15);

    [Fact]
    public void Summarize_CancelledWhileReading_ThrowsNoPartialSummary()
    {
        using var source = new CancellationTokenSource();
        IEnumerable<Purchase> Purchases()
        {
            for (var i = 0; i < 300_000; i++)
            {
                if (i == 100_000)
                {
                    source.Cancel();
                }

                yield return new Purchase(CustomerCode.Parse($"C-{i % 1000}"), AsOf.PlusDays(-(i % 300)), Money.FromRials(1000));
            }
        }

        Assert.ThrowsAny<OperationCanceledException>(() => PurchaseSummarizer.Summarize(Purchases(), AsOf, TimeUnit.Days, source.Token));
    }

    [Fact]
    public void Summarize_TokenNeverCancelled_SameAsWithout()
    {
        var purchases = Enumerable.Range(0, 5_000).Select(i => new Purchase(CustomerCode.Parse($"C-{i % 70}"), AsOf.PlusDays(-(i % 300)), Money.FromRials(10 + i))).ToArray();
        using var source = new CancellationTokenSource();

        Assert.Equal(PurchaseSummarizer.Summarize(purchases, AsOf).Customers, PurchaseSummarizer.Summarize(purchases, AsOf, TimeUnit.Days, source.Token).Customers);
    }
}
