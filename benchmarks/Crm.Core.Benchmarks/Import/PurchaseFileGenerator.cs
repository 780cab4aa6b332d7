using System.Globalization;
using System.Text;

namespace Crm.Core.Benchmarks.Import;

/// <summary>Writes a <c>customer_id,date,amount</c> purchases file of a given size (Gregorian dates, whole-rial amounts,
/// customers C0000000…, a fixed seed), the shape of the 262 MB export.</summary>
internal static class PurchaseFileGenerator
{
    public static void Write(string path, int purchases, int customers, int seed = 11)
    {
        var random = new Random(seed);
        var end = new DateOnly(2026, 2, 28).DayNumber;
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20) { NewLine = "\n" };
        writer.WriteLine("customer_id,date,amount");
        Span<char> line = stackalloc char[64];
        for (var i = 0; i < purchases; i++)
        {
            var customer = random.Next(customers);
            var day = DateOnly.FromDayNumber(end - random.Next(0, 1_100));
            var amount = random.Next(10_000, 50_000_000);
            var ok = line.TryWrite(CultureInfo.InvariantCulture, $"C{customer:D7},{day:yyyy'-'MM'-'dd},{amount}", out var written);
            writer.WriteLine(line[..written]);
            _ = ok;
        }
    }
}
