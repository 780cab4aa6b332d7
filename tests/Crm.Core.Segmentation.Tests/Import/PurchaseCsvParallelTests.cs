using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Crm.Core.Segmentation.Tests.Import.PurchaseCsvImporterPropertyTests;

namespace Crm.Core.Segmentation.Tests.Import;

/// <summary>A file read in chunks on several threads gives what reading it on one thread gives.</summary>
public sealed class PurchaseCsvParallelTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "crm-parallel-" + Guid.NewGuid().ToString("N") + ".csv");

    public void Dispose() => File.Delete(_path);

    private static PurchaseCsvOptions Options(int threads) => new() { MaxDegreeOfParallelism = threads, MinBytesPerThread = 1 };

    /// <summary>Rows good and bad, blank lines among them, never a quote (a file with a quote is read on one thread).</summary>
    private static Gen<(Layout Layout, string[] Lines)> Files =>
        Layouts.SelectMany(l => Gen.Frequency(
                (8, Rows(l.Currency).Where(r => !r.Quoted).Select(r => r.ToCsv(l.Currency))),
                (2, BadRows(l.Currency).Where(b => !b.Contains('"', StringComparison.Ordinal))),
                (1, Gen.Elements(string.Empty, "   ")))
            .ArrayOf().Select(lines => (l, lines)));

    [Property(MaxTest = 150)]
    public Property ReadFile_InChunksOnTwoToEightThreads_SameResultAsOneThread() =>
        Prop.ForAll(Files.ToArbitrary(), Gen.Choose(2, 8).ToArbitrary(), (file, threads) =>
        {
            File.WriteAllBytes(_path, Write(file.Layout, [Header(file.Layout), .. file.Lines]));
            var one = PurchaseCsvImporter.ReadFile(_path, Options(1));
            var many = PurchaseCsvImporter.ReadFile(_path, Options(threads));
            return Same(one, many).Label($"{threads} threads");
        });

    [Fact]
    public void ReadFile_ChunksOfALargerFile_SameResultAsOneThreadAndAsTheStream()
    {
        // 20,000 rows of 3,000 customers in two currencies, a bad row every 997th line and a blank line every 1,499th.
        var lines = new List<string> { "customer_id,date,amount,currency" };
        for (var i = 0; i < 20_000; i++)
        {
            lines.Add(i % 997 == 5 ? $"C-{i % 3000},2026-02-30,5," : i % 1499 == 7 ? string.Empty
                : $"C-{(i * 7919) % 3000},2025-{1 + (i % 12):D2}-{1 + (i % 28):D2},{i * 13 % 100_000}.{i % 100:D2},{(i % 5 == 0 ? "USD" : string.Empty)}");
        }

        File.WriteAllText(_path, string.Join('\n', lines), new UTF8Encoding(false));
        var one = PurchaseCsvImporter.ReadFile(_path, Options(1));
        using var stream = File.OpenRead(_path);
        var fromStream = PurchaseCsvImporter.Read(stream);

        foreach (var threads in new[] { 2, 3, 4, 7 })
        {
            var many = PurchaseCsvImporter.ReadFile(_path, Options(threads));
            Assert.True(Same(one, many), $"{threads} threads");
        }

        Assert.True(Same(one, fromStream));
        Assert.Equal(21, one.Errors.Count);
        Assert.Equal(3000, one.Purchases.Customers.Count);
        Assert.Equal(2, one.Purchases.Currencies.Count);
    }

    [Fact]
    public void ReadFile_QuoteAnywhere_ReadOnOneThreadWithTheSameResult()
    {
        File.WriteAllText(_path, "customer_id,date,amount\nC-1,2026-01-01,\"1,000\"\nC-2,2026-01-02,5\n", new UTF8Encoding(false));

        var many = PurchaseCsvImporter.ReadFile(_path, Options(4));

        Assert.True(Same(PurchaseCsvImporter.ReadFile(_path, Options(1)), many));
        Assert.Equal(2, many.RowsAccepted);
        Assert.Equal(1000m, many.Purchases.Amount[0]);
    }

    [Fact]
    public void ReadFile_Progress_RowsOfEveryChunkCountedAtTheEnd()
    {
        var lines = new[] { "customer_id,date,amount" }.Concat(Enumerable.Range(0, 5_000).Select(i => $"C-{i % 50},2026-01-01,{i}"));
        File.WriteAllText(_path, string.Join('\n', lines) + "\n", new UTF8Encoding(false));
        var reports = new List<PurchaseImportProgress>();

        var result = PurchaseCsvImporter.ReadFile(_path, Options(3), new SynchronousProgress(reports));

        Assert.Equal(5_000, result.RowsRead);
        Assert.Equal(new PurchaseImportProgress(5_000, new FileInfo(_path).Length), reports[^1]);
    }

    [Fact]
    public void ReadFile_Cancelled_Throws()
    {
        File.WriteAllText(_path, "customer_id,date,amount\n" + string.Concat(Enumerable.Range(0, 1000).Select(i => $"C-{i},2026-01-01,{i}\n")), new UTF8Encoding(false));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => PurchaseCsvImporter.ReadFile(_path, Options(2), cancellationToken: cancelled.Token));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(513)]
    public void ReadFile_ThreadsOutOfRange_ErrorNamesTheOption(int threads)
    {
        File.WriteAllText(_path, "customer_id,date,amount\n");

        var error = Assert.ThrowsAny<ArgumentException>(() => PurchaseCsvImporter.ReadFile(_path, new PurchaseCsvOptions { MaxDegreeOfParallelism = threads }));

        Assert.Contains("MaxDegreeOfParallelism", error.Message, StringComparison.Ordinal);
    }

    private static bool Same(PurchaseImportResult expected, PurchaseImportResult actual)
    {
        PurchaseColumns e = expected.Purchases, a = actual.Purchases;
        if (expected.RowsRead != actual.RowsRead || e.Count != a.Count || !expected.Errors.SequenceEqual(actual.Errors)
            || !e.Customers.SequenceEqual(a.Customers) || !e.Currencies.SequenceEqual(a.Currencies)
            || !e.CustomerIndex.SequenceEqual(a.CustomerIndex) || !e.DayNumber.SequenceEqual(a.DayNumber) || !e.CurrencyIndex.SequenceEqual(a.CurrencyIndex))
        {
            return false;
        }

        for (var i = 0; i < e.Count; i++)
        {
            if (!decimal.GetBits(e.Amount[i]).AsSpan().SequenceEqual(decimal.GetBits(a.Amount[i])))
            {
                return false;
            }
        }

        return true;
    }

    private sealed class SynchronousProgress(List<PurchaseImportProgress> reports) : IProgress<PurchaseImportProgress>
    {
        public void Report(PurchaseImportProgress value) => reports.Add(value);
    }
}
