using Crm.Core.Customers;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Crm.Core.Segmentation.Tests.Rfm;

/// <summary>The columnar path sorts its rows by customer code with a prefix-key sort; the order must be the ordinal one.</summary>
public class RfmScorerOrderTests
{
    private static readonly LocalDate AsOf = new(2026, 3, 1);

    /// <summary>Codes that share long prefixes, differ in length, and use letters of both cases and Persian letters.</summary>
    private static Gen<string> Codes =>
        from prefix in Gen.Elements("", "C", "C-", "CUST-0000", "CUST-00001", "k", "مشتری-", "a.b/")
        from digits in Gen.Choose(0, 50_000)
        from tail in Gen.Elements("", "a", "A", "_", "-9", "00")
        select prefix + digits.ToString(System.Globalization.CultureInfo.InvariantCulture) + tail;

    [Property(MaxTest = 200)]
    public Property FromColumns_RowsInOrdinalCodeOrder_SameAsFromSummaries() =>
        Prop.ForAll(Codes.ArrayOf().ToArbitrary(), Gen.Choose(0, 400).ArrayOf().ToArbitrary(), (codes, offsets) =>
        {
            var purchases = codes.Select((c, i) => new Purchase(CustomerCode.Parse(c), AsOf.PlusDays(-(offsets.Length == 0 ? i : offsets[i % offsets.Length])),
                Money.FromRials(1000 + i))).ToArray();

            var columnar = RfmScorer.FromColumns(PurchaseColumns.From(purchases), AsOf);
            var general = RfmScorer.FromSummaries(PurchaseSummarizer.Summarize(purchases, AsOf, TimeUnit.Days).Customers);

            var ids = columnar.Rows.Select(r => r.CustomerId.Value).ToArray();
            return ids.SequenceEqual(ids.Order(StringComparer.Ordinal))
                && ids.Distinct().Count() == ids.Length
                && columnar.Rows.SequenceEqual(general.Rows);
        });
}
