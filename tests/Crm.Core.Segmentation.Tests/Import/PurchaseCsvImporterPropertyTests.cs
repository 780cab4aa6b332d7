using System.Globalization;
using System.Text;
using Crm.Core.Customers;
using Crm.Core.Persian;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Crm.Core.Segmentation.Tests.Import;

public class PurchaseCsvImporterPropertyTests
{
    private static readonly LocalDate AsOf = new(2026, 3, 1);

    /// <summary>A valid purchase and the many ways of writing it.</summary>
    internal sealed record Row(int Customer, int Offset, long Mantissa, byte Scale, bool Persian, int Script, bool Grouped, bool Quoted, bool Usd)
    {
        public string Code => "C-" + Customer.ToString(CultureInfo.InvariantCulture);

        public LocalDate Date => AsOf.PlusDays(Offset);

        public decimal Amount => new(unchecked((int)(uint)Math.Abs(Mantissa)), (int)(Math.Abs(Mantissa) >> 32), 0, Mantissa < 0, Scale);

        public Purchase ToPurchase() => new(CustomerCode.Parse(Code), Date, new Money(Amount, Usd ? "USD" : Money.Rial));

        public string ToCsv(bool withCurrency)
        {
            var date = Persian
                ? PersianDateFormat.Format(Date)
                : Date.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture);
            var amount = Amount.ToString(CultureInfo.InvariantCulture);
            if (Grouped)
            {
                amount = Group(amount);
            }

            var fields = new List<string> { Digits(Code), Digits(date), Digits(amount) };
            if (withCurrency)
            {
                fields.Add(Usd ? "USD" : string.Empty);
            }

            return string.Join(',', fields.Select(f => Quoted || f.Contains(',', StringComparison.Ordinal) ? "\"" + f + "\"" : f));
        }

        private string Digits(string text) => Script switch
        {
            1 => PersianDigits.ToPersian(text),
            2 => new string([.. text.Select(c => c is >= '0' and <= '9' ? (char)('\u0660' + (c - '0')) : c)]),
            _ => text,
        };

        private static string Group(string amount)
        {
            var sign = amount.StartsWith('-') ? "-" : string.Empty;
            var body = amount.TrimStart('-');
            var dot = body.IndexOf('.', StringComparison.Ordinal);
            var integer = dot < 0 ? body : body[..dot];
            var builder = new StringBuilder();
            for (var i = 0; i < integer.Length; i++)
            {
                if (i > 0 && (integer.Length - i) % 3 == 0)
                {
                    builder.Append(',');
                }

                builder.Append(integer[i]);
            }

            return sign + builder + (dot < 0 ? string.Empty : body[dot..]);
        }
    }

    internal static Gen<Row> Rows(bool usd) =>
        from customer in Gen.Choose(0, 40)
        from offset in Gen.Frequency([(5, Gen.Choose(-400, 20)), (1, Gen.Choose(-30_000, 20))])
        from mantissa in Gen.Frequency([(5, Gen.Choose(-1_000, 10_000_000).Select(x => (long)x)), (1, Gen.Choose(0, int.MaxValue).Select(x => (long)x * 1_000_003))])
        from scale in Gen.Choose(0, 6)
        from persian in Gen.Elements(false, true)
        from script in Gen.Choose(0, 2)
        from grouped in Gen.Elements(false, true)
        from quoted in Gen.Frequency([(4, Gen.Constant(false)), (1, Gen.Constant(true))])
        from isUsd in usd ? Gen.Elements(false, true) : Gen.Constant(false)
        select new Row(customer, offset, mantissa, (byte)scale, persian, script, grouped, quoted, isUsd);

    /// <summary>How the file is laid out around the rows.</summary>
    internal sealed record Layout(bool Bom, bool Crlf, bool FinalNewline, bool Currency);

    internal static Gen<Layout> Layouts =>
        from bom in Gen.Elements(false, true)
        from crlf in Gen.Elements(false, true)
        from final in Gen.Elements(false, true)
        from currency in Gen.Elements(false, true)
        select new Layout(bom, crlf, final, currency);

    internal static byte[] Write(Layout layout, IEnumerable<string> lines)
    {
        var newline = layout.Crlf ? "\r\n" : "\n";
        var text = string.Join(newline, lines) + (layout.FinalNewline ? newline : string.Empty);
        var bytes = Encoding.UTF8.GetBytes(text);
        return layout.Bom ? [.. Encoding.UTF8.Preamble, .. bytes] : bytes;
    }

    internal static string Header(Layout layout) => layout.Currency ? "customer_id,date,amount,currency" : "customer_id,date,amount";

    private static PurchaseImportResult Import(byte[] file)
    {
        using var stream = new MemoryStream(file);
        return PurchaseCsvImporter.Read(stream);
    }

    [Property(MaxTest = 300)]
    public Property Read_ValidRowsInAnyScriptAndCalendar_RoundTripToTheSameColumns() =>
        Prop.ForAll(Layouts.SelectMany(l => Rows(l.Currency).ArrayOf().Select(rows => (l, rows))).ToArbitrary(), t =>
            {
                var (layout, rows) = t;
                var result = Import(Write(layout, [Header(layout), .. rows.Select(r => r.ToCsv(layout.Currency))]));
                var expected = PurchaseColumns.From(rows.Select(r => r.ToPurchase()));
                return result.Errors.Count == 0
                    && result.RowsRead == rows.Length
                    && SameColumns(expected, result.Purchases);
            });

    [Property(MaxTest = 200)]
    public Property Read_RandomFileWithInjectedBadRows_EveryRowAcceptedOrReportedOnItsLine() =>
        Prop.ForAll(
            Layouts.SelectMany(l => Gen.OneOf(Rows(l.Currency).Select(r => (good: true, text: r.ToCsv(l.Currency), code: r.Code)), BadRows(l.Currency).Select(b => (good: false, text: b, code: "")))
                .ArrayOf().Select(rows => (l, rows))).ToArbitrary(),
            t =>
            {
                var (layout, rows) = t;
                var result = Import(Write(layout, [Header(layout), .. rows.Select(r => r.text)]));
                var badLines = rows.Select((r, i) => (r.good, line: (long)i + 2)).Where(r => !r.good).Select(r => r.line);
                return result.RowsRead == rows.Length
                    && result.RowsRead == result.RowsAccepted + result.Errors.Count
                    && result.RowsAccepted == rows.Count(r => r.good)
                    && result.Errors.Select(e => e.Line).SequenceEqual(badLines)
                    // A customer whose every row is rejected is not a customer of the result.
                    && result.Purchases.Customers.Select(c => c.Value).SequenceEqual(rows.Where(r => r.good).Select(r => r.code).Distinct());
            });

    internal static Gen<string> BadRows(bool currency) => Gen.Elements(
        "C-1,2026-02-30,5" + (currency ? "," : string.Empty),
        "C-1,1404/12/31,5" + (currency ? "," : string.Empty),
        "C-1,2026-2-3,5" + (currency ? "," : string.Empty),
        "C 1,2026-02-03,5" + (currency ? "," : string.Empty),
        "C-1,2026-02-03,1e3" + (currency ? "," : string.Empty),
        "C-1,2026-02-03,۵٫۵" + (currency ? "," : string.Empty),
        "C-1,2026-02-03,\"12,34\"" + (currency ? "," : string.Empty),
        "C-1,2026-02-03,5,5,5,5",
        currency ? "C-1,2026-02-03,5,usd" : "C-1,2026-02-03",
        ",2026-02-03,5" + (currency ? "," : string.Empty));

    [Property(MaxTest = 200)]
    public Property Read_ThenSummarizeAndScore_SameAsTheGeneralPathOnPurchaseObjects() =>
        Prop.ForAll(Layouts.SelectMany(l => Rows(l.Currency).ArrayOf().Select(rows => (l, rows))).ToArbitrary(), t =>
        {
            var (layout, rows) = t;
            var result = Import(Write(layout, [Header(layout), .. rows.Select(r => r.ToCsv(layout.Currency))]));
            var purchases = rows.Select(r => r.ToPurchase()).ToArray();
            var expected = PurchaseSummarizer.Summarize(purchases, AsOf, TimeUnit.Days);
            var actual = ColumnarPurchaseSummarizer.Summarize(result.Purchases, AsOf);
            // The general path: one summary record per customer, then FromSummaries; buyers with no purchase by the as-of date
            // are the ones without a summary.
            var expectedRfm = RfmScorer.FromSummaries(expected.Customers);
            var expectedWithout = purchases.Select(p => p.CustomerId).Distinct().Except(expected.Customers.Select(c => c.CustomerId)).Order();
            var actualRfm = RfmScorer.FromColumns(result.Purchases, AsOf);
            return expected.Customers.SequenceEqual(actual.ToSummaries())
                && expected.Errors.Count == actual.Errors.Count
                && (layout.Currency || (expectedRfm.Rows.SequenceEqual(actualRfm.Rows) && expectedWithout.SequenceEqual(actualRfm.WithoutPurchases)));
        });

    [Property(MaxTest = 1000)]
    public Property Read_AsciiAmount_SameValueAndScaleAsDecimalParse() =>
        Prop.ForAll(Gen.Choose(-int.MaxValue, int.MaxValue).ToArbitrary(), Gen.Choose(0, 28).ToArbitrary(), Gen.Choose(0, 1_000_000).ToArbitrary(), (mantissa, scale, high) =>
        {
            var value = new decimal(Math.Abs(mantissa), high, 0, mantissa < 0, (byte)scale);
            var text = value.ToString(CultureInfo.InvariantCulture);
            var file = Encoding.UTF8.GetBytes("customer_id,date,amount\nC1,2026-01-01," + text + "\n");
            var parsed = Import(file).Purchases.Amount[0];
            return decimal.GetBits(parsed).SequenceEqual(decimal.GetBits(decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture)));
        });

    internal static bool SameColumns(PurchaseColumns expected, PurchaseColumns actual)
    {
        var currency = (PurchaseColumns c, int i) => c.Currencies[c.CurrencyIndex[i]];
        return expected.Customers.SequenceEqual(actual.Customers)
            && expected.CustomerIndex.SequenceEqual(actual.CustomerIndex)
            && expected.DayNumber.SequenceEqual(actual.DayNumber)
            && expected.Count == actual.Count
            && Enumerable.Range(0, expected.Count).All(i =>
                decimal.GetBits(expected.Amount[i]).SequenceEqual(decimal.GetBits(actual.Amount[i])) && currency(expected, i) == currency(actual, i));
    }
}
