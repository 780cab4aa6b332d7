using System.Globalization;
using BenchmarkDotNet.Attributes;
using Crm.Core.Customers;
using Crm.Core.Segmentation;
using NodaTime;
using NodaTime.Text;

namespace Crm.Core.Benchmarks.Import;

/// <summary>Reading 1,000,000 purchases of 100,000 customers from CSV into <see cref="PurchaseColumns"/>.</summary>
[MemoryDiagnoser]
public class PurchaseImportBenchmarks
{
    private string _path = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), "crm-bench-purchases-1m.csv");
        PurchaseFileGenerator.Write(_path, 1_000_000, 100_000);
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    /// <summary>What a user writes without the importer: lines, split, parse, one <see cref="Purchase"/> per row.</summary>
    [Benchmark(Baseline = true)]
    public int ReadLinesSplitParse()
    {
        var purchases = new List<Purchase>();
        foreach (var line in File.ReadLines(_path).Skip(1))
        {
            var f = line.Split(',');
            purchases.Add(new Purchase(CustomerCode.Parse(f[0]), LocalDatePattern.Iso.Parse(f[1]).Value,
                Money.FromRials(decimal.Parse(f[2], CultureInfo.InvariantCulture))));
        }

        return PurchaseColumns.From(purchases).Count;
    }

    /// <summary>The streaming importer.</summary>
    [Benchmark]
    public int PurchaseCsvImporterReadFile() => PurchaseCsvImporter.ReadFile(_path).Purchases.Count;
}
