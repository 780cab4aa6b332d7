using System.Globalization;
using MathNet.Numerics.Distributions;
using Crm.Core.Customers;
using Crm.Core.Persian;
using NodaTime;

namespace Crm.Sample.Host.DemoData;

/// <summary>
/// Generates seeded, reproducible customers and purchases that look like an Iranian business's data. Both sequences
/// are streamed (one row at a time), so a million customers never sit in memory.
/// </summary>
/// <remarks>Purchases span the two years before the as-of day and follow the seasons: the two weeks before Nowruz
/// (the end-of-year sales of late Esfand) weigh three times an ordinary day, the days around Yalda (30 Azar) twice.</remarks>
internal static class SyntheticData
{
    private static readonly string[] FirstNames = ["سارا", "علی", "مریم", "محمد", "زهرا", "رضا", "فاطمه", "حسین", "نرگس", "امیر", "لیلا", "مهدی", "شیما", "کاوه", "الهام", "بهرام"];
    private static readonly string[] LastNames = ["محمدی", "حسینی", "احمدی", "رضایی", "کریمی", "موسوی", "جعفری", "صادقی", "رحیمی", "نوروزی", "قاسمی", "کاظمی", "تهرانی", "شیرازی"];
    private static readonly string[] MobilePrefixes = ["0912", "0935", "0919", "0936", "0921", "0901", "0939", "0917"];
    private static readonly string[] Channels = ["instagram", "referral", "exhibition", "website", "walk-in", "telegram"];

    /// <summary>Generates <paramref name="count"/> customers, the same ones for the same <paramref name="seed"/>.</summary>
    public static IEnumerable<SyntheticCustomer> Customers(int count, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var random = new Random(seed);
        for (var i = 1; i <= count; i++)
        {
            yield return new SyntheticCustomer(
                string.Create(CultureInfo.InvariantCulture, $"C-{i}"),
                FirstNames[random.Next(FirstNames.Length)],
                LastNames[random.Next(LastNames.Length)],
                NewNationalCode(random),
                MobilePrefixes[random.Next(MobilePrefixes.Length)] + random.Next(0, 10_000_000).ToString("D7", CultureInfo.InvariantCulture),
                IranianProvince.All[random.Next(IranianProvince.All.Count)].PersianName,
                Channels[random.Next(Channels.Length)]);
        }
    }

    /// <summary>Generates purchases of customers <c>C-1</c> to <c>C-count</c> over the two years before <paramref name="asOf"/>.</summary>
    public static IEnumerable<Purchase> Purchases(int count, LocalDate asOf, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var first = asOf.PlusYears(-2).PlusDays(1);
        var days = Period.DaysBetween(first, asOf) + 1;
        var cumulative = new double[days];
        var total = 0.0;
        for (var d = 0; d < days; d++)
        {
            total += SeasonWeight(first.PlusDays(d));
            cumulative[d] = total;
        }

        var random = new Random(seed);
        for (var i = 1; i <= count; i++)
        {
            var code = CustomerCode.Parse(string.Create(CultureInfo.InvariantCulture, $"C-{i}"));
            var basket = 200_000m + (decimal)(random.NextDouble() * random.NextDouble()) * 20_000_000m;

            // BG/NBD-like behaviour, so that lifetime models have something to find: the first purchase on a seasonally
            // weighted day; then purchases at the customer's own rate λ ~ Gamma(0.9, mean 1/45 per day), thinned by the
            // season (an ordinary day keeps a third of the candidates, late Esfand all of them); after each repeat purchase
            // the customer drops out with the customer's own probability p ~ Beta(1.2, 4).
            var index = Array.BinarySearch(cumulative, random.NextDouble() * total);
            var day = index < 0 ? Math.Min(~index, days - 1) : index;
            var rate = Gamma.Sample(random, 0.9, 0.9 * 45d);
            var dropout = Beta.Sample(random, 1.2, 4d);
            yield return NewPurchase(code, first.PlusDays(day), basket, random);
            var time = (double)day;
            while (true)
            {
                time += -Math.Log(1d - random.NextDouble()) / (rate * 3d);
                if (time >= days)
                {
                    break;
                }

                var date = first.PlusDays((int)time);
                if (random.NextDouble() * 3d >= SeasonWeight(date))
                {
                    continue;
                }

                yield return NewPurchase(code, date, basket, random);
                if (random.NextDouble() < dropout)
                {
                    break;
                }
            }
        }
    }

    private static Purchase NewPurchase(CustomerCode code, LocalDate date, decimal basket, Random random) =>
        new(code, date, Money.FromRials(Math.Round(basket * (decimal)(0.5 + random.NextDouble()) / 1000m) * 1000m));

    /// <summary>Gets the relative purchase rate of a day: Nowruz shopping and Yalda above the ordinary 1.</summary>
    public static double SeasonWeight(LocalDate date)
    {
        var persian = date.WithCalendar(SolarHijri.Calendar);
        if (persian.Month == 12 && persian.Day >= SolarHijri.LastDayOfMonth(persian.Year, 12).Day - 13)
        {
            return 3;
        }

        return (persian.Month == 9 && persian.Day >= 27) || (persian.Month == 10 && persian.Day <= 2) ? 2 : 1;
    }

    private static string NewNationalCode(Random random)
    {
        Span<int> digits = stackalloc int[9];
        int sum;
        do
        {
            sum = 0;
            for (var k = 0; k < 9; k++)
            {
                digits[k] = random.Next(10);
                sum += digits[k] * (10 - k);
            }
        }
        while (digits[0] == digits[1] && digits[1] == digits[2]);

        var remainder = sum % 11;
        var check = remainder < 2 ? remainder : 11 - remainder;
        var text = new char[10];
        for (var k = 0; k < 9; k++)
        {
            text[k] = (char)('0' + digits[k]);
        }

        text[9] = (char)('0' + check);
        return new string(text);
    }
}
