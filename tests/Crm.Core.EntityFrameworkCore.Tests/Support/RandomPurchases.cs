using Crm.Core.Customers;
using NodaTime;

namespace Crm.Core.EntityFrameworkCore.Tests.Support;

/// <summary>
/// Random purchase populations with heavy ties: few distinct dates, counts and amounts, codes whose ordinal order
/// differs from a linguistic one, some purchases after the as-of date, some customers in another currency or in two.
/// </summary>
public static class RandomPurchases
{
    public static readonly LocalDate AsOf = new(2026, 3, 1);

    private static readonly string[] Prefixes = ["C-", "c-", "Z", "a.", "ب", "C_", "۱"];
    private static readonly decimal[] Amounts = [1000m, 2000m, 2000.5m, 3000m, 0.0001m, 12_500_000m];

    public static List<Purchase> Generate(int seed)
    {
        var random = new Random(seed);
        var customers = random.Next(1, 40);
        var purchases = new List<Purchase>();
        for (var c = 0; c < customers; c++)
        {
            var code = CustomerCode.Parse(Prefixes[random.Next(Prefixes.Length)] + random.Next(0, 30));
            var currency = random.Next(12) == 0 ? "USD" : Money.Rial;
            var count = random.Next(1, 5);
            for (var i = 0; i < count; i++)
            {
                var date = AsOf.PlusDays(random.Next(8) == 0 ? random.Next(1, 5) : -random.Next(0, 6));
                if (random.Next(3) == 0)
                {
                    date = date.WithCalendar(CalendarSystem.PersianAstronomical);
                }

                var amount = Amounts[random.Next(Amounts.Length)];
                purchases.Add(new Purchase(code, date, new Money(amount, random.Next(30) == 0 ? "EUR" : currency)));
            }
        }

        return purchases;
    }
}
