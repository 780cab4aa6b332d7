using System.Globalization;
using MathNet.Numerics.Distributions;
using Crm.Core.Customers;
using Crm.Core.Persian;
using Crm.Core.Scheduling;
using NodaTime;

namespace Crm.Sample.Host.DemoData;

/// <summary>
/// Generates seeded, reproducible customers and purchases that look like an Iranian business's data. Both sequences
/// are streamed (one row at a time), so a million customers never sit in memory.
/// </summary>
/// <remarks>Purchases span the two years before the as-of day and follow the seasons (<see cref="SeasonWeight(LocalDate)"/>):
/// the end-of-year sales before Nowruz, Yalda, Ramadan and the shopping before Eid al-Fitr.</remarks>
internal static class SyntheticData
{
    private static readonly (string Name, string Gender)[] FirstNames =
    [
        ("سارا", "female"), ("علی", "male"), ("مریم", "female"), ("محمد", "male"), ("زهرا", "female"), ("رضا", "male"),
        ("فاطمه", "female"), ("حسین", "male"), ("نرگس", "female"), ("امیر", "male"), ("لیلا", "female"), ("مهدی", "male"),
        ("شیما", "female"), ("کاوه", "male"), ("الهام", "female"), ("بهرام", "male"),
    ];

    private static readonly string[] LastNames = ["محمدی", "حسینی", "احمدی", "رضایی", "کریمی", "موسوی", "جعفری", "صادقی", "رحیمی", "نوروزی", "قاسمی", "کاظمی", "تهرانی", "شیرازی"];
    private static readonly string[] Channels = ["instagram", "referral", "exhibition", "website", "walk-in", "telegram"];

    /// <summary>The account managers who own the customers (the report's follow-up owners).</summary>
    public static IReadOnlyList<string> Owners { get; } = ["sara", "reza", "maryam"];

    /// <summary>Mobile prefixes of the three operators, weighted roughly by their subscribers: MCI (091x, 0990–0994),
    /// Irancell (093x, 090x) and Rightel (0921, 0922).</summary>
    private static readonly string[] MobilePrefixes = ["0912", "0913", "0919", "0991", "0935", "0936", "0939", "0901", "0903", "0921"];

    private static readonly string[] CompanyWords = ["پارس", "آریا", "البرز", "سپهر", "نوین", "کیان", "آسیا", "مهر", "دنا", "زاگرس", "کاسپین", "ارغوان"];
    private static readonly string[] CompanyKinds = ["بازرگانی", "صنایع غذایی", "فناوری اطلاعات", "پخش دارو", "مهندسی ساختمان", "لوازم خانگی", "چاپ و بسته‌بندی"];
    private static readonly (string Role, string Unit)[] ContactRoles =
        [("مدیر خرید", "بازرگانی"), ("مدیر مالی", "مالی"), ("کارشناس تدارکات", "تدارکات"), ("مدیرعامل", "مدیریت"), ("مسئول فنی", "فنی")];

    private static readonly string[] Notes =
    [
        "تماس صبح زود را ترجیح می‌دهد.",
        "به تخفیف‌های آخر سال حساس است.",
        "پیش از خرید، جدول مقایسه می‌خواهد.",
        "پیامک را به تماس تلفنی ترجیح می‌دهد.",
        "پرداخت را معمولاً در دو قسط انجام می‌دهد.",
        "از تأخیر ارسال قبلی گله داشت؛ پیگیری شود.",
    ];

    private static readonly string[] Conversations =
    [
        "درباره سفارش بعدی و زمان ارسال صحبت شد.",
        "پیش‌فاکتور خواست؛ قرار شد قیمت نهایی ارسال شود.",
        "از کیفیت خرید قبلی راضی بود.",
        "درباره شرایط پرداخت اقساطی پرسید.",
    ];

    /// <summary>The capital of each province, the city of the generated addresses.</summary>
    private static readonly Dictionary<string, string> Capitals = new(StringComparer.Ordinal)
    {
        ["مازندران"] = "ساری", ["گیلان"] = "رشت", ["گلستان"] = "گرگان", ["تهران"] = "تهران", ["سمنان"] = "سمنان",
        ["زنجان"] = "زنجان", ["قم"] = "قم", ["البرز"] = "کرج", ["قزوین"] = "قزوین", ["اصفهان"] = "اصفهان",
        ["کرمان"] = "کرمان", ["یزد"] = "یزد", ["چهارمحال و بختیاری"] = "شهرکرد", ["آذربایجان شرقی"] = "تبریز",
        ["آذربایجان غربی"] = "ارومیه", ["اردبیل"] = "اردبیل", ["خراسان رضوی"] = "مشهد", ["سیستان و بلوچستان"] = "زاهدان",
        ["خراسان جنوبی"] = "بیرجند", ["خراسان شمالی"] = "بجنورد", ["خوزستان"] = "اهواز", ["لرستان"] = "خرم‌آباد",
        ["فارس"] = "شیراز", ["کهگیلویه و بویراحمد"] = "یاسوج", ["هرمزگان"] = "بندرعباس", ["بوشهر"] = "بوشهر",
        ["همدان"] = "همدان", ["کرمانشاه"] = "کرمانشاه", ["ایلام"] = "ایلام", ["مرکزی"] = "اراک", ["کردستان"] = "سنندج",
    };

    /// <summary>
    /// Generates <paramref name="count"/> customers, the same ones for the same <paramref name="seed"/>: about one in
    /// eight a company (legal-entity ID, economic code, Sheba, a landline, and a contact person who is one of the
    /// individuals generated before it), the others individuals (national code, birth date, gender, a landline for
    /// some); every one with a mobile, an address in a province's capital with a postal code, an acquisition channel,
    /// an owner, and for some a behavioural note and a recent conversation with a next contact agreed.
    /// </summary>
    /// <remarks>Every identifier is valid by the Customers package's own rules (the tests parse each one).</remarks>
    public static IEnumerable<SyntheticCustomer> Customers(int count, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var random = new Random(seed);
        var lastIndividual = 0;
        for (var i = 1; i <= count; i++)
        {
            var province = IranianProvince.All[random.Next(IranianProvince.All.Count)];
            var code = string.Create(CultureInfo.InvariantCulture, $"C-{i}");
            var mobile = MobilePrefixes[random.Next(MobilePrefixes.Length)] + random.Next(0, 10_000_000).ToString("D7", CultureInfo.InvariantCulture);
            var channel = Channels[random.Next(Channels.Length)];
            var isCompany = lastIndividual > 0 && random.Next(8) == 0;
            SyntheticCustomer customer;
            if (isCompany)
            {
                var legal = NewLegalEntityId(random);
                var role = ContactRoles[random.Next(ContactRoles.Length)];
                customer = new SyntheticCustomer(code, "company", string.Empty, string.Empty, mobile, province.PersianName, channel)
                {
                    CompanyName = "شرکت " + CompanyKinds[random.Next(CompanyKinds.Length)] + " " + CompanyWords[random.Next(CompanyWords.Length)],
                    LegalEntityId = legal,
                    EconomicCode = legal,
                    Sheba = NewSheba(random),
                    Phone = NewLandline(province, random),
                    ContactPerson = string.Create(CultureInfo.InvariantCulture, $"C-{lastIndividual}"),
                    ContactRole = role.Role,
                    ContactUnit = role.Unit,
                };
            }
            else
            {
                var first = FirstNames[random.Next(FirstNames.Length)];
                customer = new SyntheticCustomer(code, "individual", first.Name, LastNames[random.Next(LastNames.Length)], mobile, province.PersianName, channel)
                {
                    Gender = first.Gender,
                    NationalCode = NewNationalCode(random),
                    BirthDate = string.Create(CultureInfo.InvariantCulture, $"{1340 + random.Next(45)}/{1 + random.Next(12):D2}/{1 + random.Next(29):D2}"),
                    Phone = random.Next(3) == 0 ? NewLandline(province, random) : string.Empty,
                };
                lastIndividual = i;
            }

            var talked = random.Next(3) == 0;
            yield return customer with
            {
                City = Capitals[province.PersianName],
                PostalCode = NewPostalCode(random),
                Owner = Owners[random.Next(Owners.Count)],
                Note = random.Next(4) == 0 ? Notes[random.Next(Notes.Length)] : string.Empty,
                LastContactDaysAgo = talked ? 1 + random.Next(60) : 0,
                LastContactSummary = talked ? Conversations[random.Next(Conversations.Length)] : string.Empty,
                NextContactInDays = talked && random.Next(2) == 0 ? 1 + random.Next(45) : 0,
            };
        }
    }

    /// <summary>Generates purchases of customers <c>C-1</c> to <c>C-count</c> over the two years before <paramref name="asOf"/>.</summary>
    public static IEnumerable<Purchase> Purchases(int count, LocalDate asOf, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var first = asOf.PlusYears(-2).PlusDays(1);
        var days = Period.DaysBetween(first, asOf) + 1;
        var weights = new double[days];
        var ramadans = Ramadans(first, asOf);
        var cumulative = new double[days];
        var total = 0.0;
        for (var d = 0; d < days; d++)
        {
            weights[d] = SeasonWeight(first.PlusDays(d), ramadans);
            total += weights[d];
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
                if (random.NextDouble() * 3d >= weights[(int)time])
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

    /// <summary>Gets the relative purchase rate of a day: 1 on an ordinary day; 3 in the end-of-year sales of the two
    /// weeks before Nowruz; 2 around Yalda (27 Azar to 2 Dey); during Ramadan 0.7 (shops open late, fewer outings),
    /// except its last seven days, 2 (shopping for Eid al-Fitr).</summary>
    /// <remarks>Ramadan's days come from the Scheduling package's lunar months (official where published, predicted
    /// after), as the holiday calendar uses them.</remarks>
    public static double SeasonWeight(LocalDate date) => SeasonWeight(date, Ramadans(date, date));

    private static double SeasonWeight(LocalDate date, IReadOnlyList<LunarMonth> ramadans)
    {
        var persian = date.WithCalendar(SolarHijri.Calendar);
        if (persian.Month == 12 && persian.Day >= SolarHijri.LastDayOfMonth(persian.Year, 12).Day - 13)
        {
            return 3;
        }

        if ((persian.Month == 9 && persian.Day >= 27) || (persian.Month == 10 && persian.Day <= 2))
        {
            return 2;
        }

        var iso = date.WithCalendar(CalendarSystem.Iso);
        foreach (var ramadan in ramadans)
        {
            var start = ramadan.Start.WithCalendar(CalendarSystem.Iso);
            var day = Period.DaysBetween(start, iso);
            if (day >= 0 && day < ramadan.Length)
            {
                return day >= ramadan.Length - 7 ? 2 : 0.7;
            }
        }

        return 1;
    }

    /// <summary>The Ramadans (the ninth lunar month) that may overlap <paramref name="from"/>–<paramref name="to"/>.</summary>
    private static IReadOnlyList<LunarMonth> Ramadans(LocalDate from, LocalDate to)
    {
        var first = from.WithCalendar(CalendarSystem.IslamicBcl).Year - 1;
        var last = to.WithCalendar(CalendarSystem.IslamicBcl).Year + 1;
        return IranHolidayCalendar.Default.LunarMonths(Math.Max(1, first), last).Where(m => m.HijriMonth == 9).ToArray();
    }

    /// <summary>A legal-entity national ID: ten random digits (the first not 0) and the one check digit the Customers
    /// package accepts.</summary>
    private static string NewLegalEntityId(Random random)
    {
        while (true)
        {
            var stem = (1 + random.Next(9)).ToString(CultureInfo.InvariantCulture) + random.Next(0, 1_000_000_000).ToString("D9", CultureInfo.InvariantCulture);
            for (var check = 0; check <= 9; check++)
            {
                var text = stem + (char)('0' + check);
                if (Crm.Core.Customers.LegalEntityId.TryParse(text, out _))
                {
                    return text;
                }
            }
        }
    }

    /// <summary>A Sheba of a listed bank: <c>IR</c>, the ISO 13616 check digits (mod 97), the bank's three-digit code and 19 random digits.</summary>
    private static string NewSheba(Random random)
    {
        var banks = IranianBank.All;
        var bban = banks[random.Next(banks.Count)].ShebaCode + random.NextInt64(0, 10_000_000_000L).ToString("D10", CultureInfo.InvariantCulture)
            + random.Next(0, 1_000_000_000).ToString("D9", CultureInfo.InvariantCulture);
        var remainder = 0;
        foreach (var c in bban + "182700")   // I = 18, R = 27, check digits 00
        {
            remainder = ((remainder * 10) + (c - '0')) % 97;
        }

        return string.Create(CultureInfo.InvariantCulture, $"IR{98 - remainder:D2}{bban}");
    }

    /// <summary>A landline in the province: 0, the area code and eight digits starting 2–9.</summary>
    private static string NewLandline(IranianProvince province, Random random) =>
        "0" + province.AreaCode + (2 + random.Next(8)).ToString(CultureInfo.InvariantCulture) + random.Next(0, 10_000_000).ToString("D7", CultureInfo.InvariantCulture);

    /// <summary>A postal code the Customers package accepts (drawn until one is: some digits and repetitions are not used by Iran Post).</summary>
    private static string NewPostalCode(Random random)
    {
        while (true)
        {
            var text = random.NextInt64(1_000_000_000L, 10_000_000_000L).ToString(CultureInfo.InvariantCulture);
            if (Crm.Core.Customers.PostalCode.TryParse(text, out _))
            {
                return text;
            }
        }
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
