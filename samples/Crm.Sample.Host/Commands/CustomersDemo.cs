using Crm.Core.Customers;
using Crm.Sample.Host.Terminal;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Spectre.Console;

namespace Crm.Sample.Host.Commands;

/// <summary>The customers section of <c>demo</c>: a realistic set of Persian customers, then what the library knows about them.</summary>
internal static class CustomersDemo
{
    private static readonly CalendarSystem Persian = CalendarSystem.PersianAstronomical;

    /// <summary>Writes the section: plain lines on <paramref name="output"/>, or tables on <paramref name="console"/> when the
    /// output is a terminal.</summary>
    public static async Task RunAsync(IServiceProvider services, TextWriter output, IClock clock, CancellationToken cancellationToken, IAnsiConsole? console = null)
    {
        var store = services.GetRequiredService<ICustomerStore>();
        var search = services.GetRequiredService<ICustomerSearch>();
        var catalog = services.GetRequiredService<CustomerCatalog>();   // the configured ranks, groups and channels
        var now = clock.GetCurrentInstant();
        ChangeStamp By(string who, int hoursAgo = 0) => new(who, now - Duration.FromHours(hoursAgo));

        var sara = Individual.Create(CustomerCode.Parse("C-1001"), new IndividualProfile
        {
            Gender = Gender.Female,
            TitlePrefix = "دکتر",
            FirstName = "سارا",
            LastName = "محمدي",            // typed with Arabic yeh: stored with Persian ی
            NationalCode = NationalCode.Parse("۰۰۸۴۵۷۵۹۴۸"),
            BirthDate = new LocalDate(1366, 12, 30, Persian),
            MarriageDate = new LocalDate(1392, 6, 15, Persian),
            FieldOfStudy = "مهندسی صنایع",
            EducationDegree = EducationDegree.Doctorate,
        }, By("import", 200));
        sara.AddPhone(ContactPhone.Mobile(IranianMobile.Parse("0912 345 6789")), By("reza", 150));
        sara.AddEmail(EmailAddress.Parse("sara.mohammadi@example.ir"), By("reza", 150));
        sara.AddAddress(new PostalAddress("تهران", "تهران", "خیابان ولیعصر، کوچه نیلوفر، پلاک ۱۲", PostalCode.Parse("1511733511")), By("reza", 150));
        sara.SetAcquisition(new AcquisitionChannel("نمایشگاه", new LocalDate(1402, 8, 10, Persian)), catalog, By("reza", 150));
        sara.AddToGroup("مشتریان سازمانی", catalog, By("reza", 140));
        sara.SetRank("طلایی", catalog, By("manager", 100));
        sara.AssignOwner("reza", By("manager", 100));
        sara.AddNote("دقیق و اهل جزئیات است؛ قبل از هر پیشنهاد، جدول مقایسه می‌خواهد.", By("reza", 90));
        sara.AddNote("تماس صبح زود را ترجیح می‌دهد.", By("maryam", 20));
        sara.LogInteraction(new Interaction(InteractionChannel.Call, InteractionDirection.Outbound, now - Duration.FromHours(30), "reza",
            "پیگیری پیش‌فاکتور خط تولید دوم", "درخواست تخفیف حجمی", new LocalDate(1405, 9, 10, Persian)));

        var ali = Individual.Create(CustomerCode.Parse("C-1002"), new IndividualProfile
        {
            Gender = Gender.Male,
            TitlePrefix = "مهندس",
            FirstName = "علي",
            LastName = "کريمی",
            NationalCode = NationalCode.Parse("0499370899"),
            BirthDate = new LocalDate(1360, 4, 2, Persian),
        }, By("import", 200));
        ali.AddPhone(ContactPhone.Mobile(IranianMobile.Parse("+98 935 111 2233")), By("maryam", 180));
        ali.SetAcquisition(new AcquisitionChannel("اینستاگرام", new LocalDate(1403, 2, 1, Persian)), catalog, By("maryam", 180));
        ali.AddTag("VIP", By("maryam", 180));

        var company = Company.Create(CustomerCode.Parse("K-2001"), new CompanyProfile
        {
            Name = "شركت صنايع غذايي آفتاب",      // Arabic kaf and yeh, as often pasted from old systems
            FieldOfActivity = "صنایع غذایی",
            EstablishmentDate = new LocalDate(1378, 7, 1, Persian),
            LegalEntityId = LegalEntityId.Parse("10101234565"),
            EconomicCode = EconomicCode.Parse("10320456783"),
            PoBox = "۱۴۱۵۵-۶۴۷۳",
            Sheba = Sheba.Parse("IR05 0170 0000 0012 3456 7890 12"),
        }, By("import", 200));
        company.AddPhone(ContactPhone.Landline(IranianLandline.Parse("021-88776655")), By("reza", 170));
        company.AddPhone(ContactPhone.Landline(IranianLandline.Parse("02188776656"), PhoneKind.Fax), By("reza", 170));
        company.AddContact(sara, "مدیر خرید", "واحد تدارکات", new LocalDate(1401, 1, 15, Persian), By("reza", 160));
        company.AddContact(ali, "کارشناس فنی", "واحد تولید", new LocalDate(1399, 5, 1, Persian), By("reza", 160));
        company.EndContact(ali.Code, new LocalDate(1404, 12, 29, Persian), By("reza", 10));
        company.SetAcquisition(new AcquisitionChannel("معرفی مشتری", new LocalDate(1401, 1, 10, Persian)), catalog, By("reza", 170));
        company.LogInteraction(new Interaction(InteractionChannel.Meeting, InteractionDirection.Outbound, now - Duration.FromHours(50), "reza",
            "جلسه معرفی محصولات جدید با واحد تدارکات", "ارسال نمونه تا پایان هفته"));

        await store.TryAddAsync(sara, cancellationToken).ConfigureAwait(false);
        await store.TryAddAsync(ali, cancellationToken).ConfigureAwait(false);
        await store.TryAddAsync(company, cancellationToken).ConfigureAwait(false);
        if (console is not null)
        {
            (string Query, string Finds)[] searches =
            [
                ("«علی» (typed with Persian ی)", string.Join(", ", (await search.SearchAsync(new CustomerQuery { Text = "علی" }, cancellationToken).ConfigureAwait(false)).Select(c => c.DisplayName))),
                ("phone «۰۹۳۵۱۱۱۲۲۳۳»", string.Join(", ", (await search.SearchAsync(new CustomerQuery { Phone = "۰۹۳۵۱۱۱۲۲۳۳" }, cancellationToken).ConfigureAwait(false)).Select(c => c.Code.Value))),
                ("company «صنایع غذایی»", string.Join(", ", (await search.SearchAsync(new CustomerQuery { Text = "صنایع غذایی" }, cancellationToken).ConfigureAwait(false)).Select(c => c.Code.Value))),
            ];
            CustomersView.Render(console, (await store.ListAsync(null, CustomerPage.MaxPageSize, cancellationToken).ConfigureAwait(false)).Customers, searches);
            return;
        }

        output.WriteLine("== Customers ==");
        foreach (var c in (await store.ListAsync(null, CustomerPage.MaxPageSize, cancellationToken).ConfigureAwait(false)).Customers)
        {
            output.WriteLine($"{c.Code} [{c.Kind}] {c.DisplayName}");
            if (c.PrimaryPhone is { } phone)
            {
                output.WriteLine($"   phone: {phone.Number} ({phone.Kind})");
            }

            if (c.Acquisition is { } a)
            {
                output.WriteLine($"   found us via: {a.Channel} on {a.Date.Year}/{a.Date.Month:00}/{a.Date.Day:00}");
            }

            foreach (var note in c.Notes)
            {
                output.WriteLine($"   note by {note.Author}: {note.Text}");
            }

            foreach (var i in c.Interactions)
            {
                output.WriteLine($"   {i.Channel} by {i.Author}: {i.Summary} → {i.Outcome ?? "-"}{(i.NextContact is { } d ? $" (next contact {d.Year}/{d.Month:00}/{d.Day:00})" : "")}");
            }

            if (c is Company co)
            {
                foreach (var link in co.Contacts)
                {
                    var person = (await store.FindAsync(link.Person, cancellationToken).ConfigureAwait(false))!;
                    output.WriteLine($"   contact: {person.DisplayName}, {link.Role} ({link.Unit}){(link.To is null ? "" : " — ended")}");
                }
            }

            output.WriteLine($"   history: {c.History.Count} audited changes");
        }

        output.WriteLine();
        output.WriteLine("Search «علی» (typed with Persian ی) finds: " + string.Join(", ", (await search.SearchAsync(new CustomerQuery { Text = "علی" }, cancellationToken).ConfigureAwait(false)).Select(c => c.DisplayName)));
        output.WriteLine("Search phone «۰۹۳۵۱۱۱۲۲۳۳» finds: " + string.Join(", ", (await search.SearchAsync(new CustomerQuery { Phone = "۰۹۳۵۱۱۱۲۲۳۳" }, cancellationToken).ConfigureAwait(false)).Select(c => c.Code.Value)));
        output.WriteLine("Search company «صنایع غذایی» finds: " + string.Join(", ", (await search.SearchAsync(new CustomerQuery { Text = "صنایع غذایی" }, cancellationToken).ConfigureAwait(false)).Select(c => c.Code.Value)));
        output.WriteLine();
    }
}
