using Crm.Core.Customers;
using Crm.Core.TestKit;
using NodaTime;

namespace Crm.Core.EntityFrameworkCore.Tests.Support;

/// <summary>
/// Builds random customer aggregates from a seed through the model's public methods only: individuals and companies
/// with every field, Solar Hijri and ISO dates, contact persons with ended roles, removed phones, notes, interactions
/// and therefore a long history. Instants are whole microseconds (the stored precision).
/// </summary>
public sealed class RandomCustomers(int seed)
{
    private static readonly string[] Words = ["سارا", "محمدی", "علی", "رضا", "O'Brien", "x; DROP TABLE t; --", "مهندس", "تهران", "Zoë", "\u200fنیما", "قیمت‌گذاری"];
    private static readonly CalendarSystem[] Calendars = [CalendarSystem.Iso, CalendarSystem.PersianAstronomical, CalendarSystem.PersianArithmetic, CalendarSystem.Gregorian];
    private readonly Random _random = new(seed);
    private int _minutes;

    /// <summary>Creates a customer with a random profile and a first round of random changes.</summary>
    public Customer Create(string code)
    {
        Customer customer = _random.Next(3) == 0
            ? Company.Create(CustomerCode.Parse(code), CompanyProfile(), Stamp())
            : Individual.Create(CustomerCode.Parse(code), IndividualProfile(), Stamp());
        Change(customer);
        return customer;
    }

    /// <summary>Applies a random number of random changes through the public methods.</summary>
    public void Change(Customer customer)
    {
        var steps = _random.Next(0, 12);
        for (var i = 0; i < steps; i++)
        {
            switch (_random.Next(14))
            {
                case 0: customer.AddPhone(ContactPhone.Mobile(IranianMobile.Parse("0912" + Digits(7)), _random.Next(2) == 0), Stamp()); break;
                case 1: customer.AddPhone(ContactPhone.Landline(IranianLandline.Parse("021" + (2 + _random.Next(7)) + Digits(7)), PhoneKind.Fax), Stamp()); break;
                case 2 when customer.Phones.Count > 0: customer.RemovePhone(customer.Phones[_random.Next(customer.Phones.Count)].Number, Stamp()); break;
                case 3: customer.AddEmail(EmailAddress.Parse($"u{Digits(4)}@Example.IR"), Stamp(), _random.Next(2) == 0); break;
                case 4: customer.AddAddress(new PostalAddress(Maybe(Word), Word(), Maybe(Word), _random.Next(2) == 0 ? PostalCode.Parse("1193653471") : null, _random.Next(2) == 0), Stamp()); break;
                case 5: customer.AddToGroup(Word(), CustomerCatalog.Unrestricted, Stamp()); break;
                case 6: customer.AddTag(Word(), Stamp()); break;
                case 7 when customer.Tags.Count > 0: customer.RemoveTag(customer.Tags.First(), Stamp()); break;
                case 8: customer.SetRank(Maybe(Word), CustomerCatalog.Unrestricted, Stamp()); customer.AssignOwner(Maybe(Word), Stamp()); break;
                case 9: customer.AddNote(Word() + " " + Word(), Stamp()); break;
                case 10:
                    customer.LogInteraction(new Interaction((InteractionChannel)_random.Next(4), (InteractionDirection)_random.Next(2), Instant(), Word(), Word(),
                        Maybe(Word), _random.Next(2) == 0 ? Date() : null));
                    break;
                case 11: customer.SetWebsite(_random.Next(2) == 0 ? new Uri("https://example.ir/" + Digits(3)) : null, Stamp()); customer.SetAcquisition(new AcquisitionChannel(Word(), Date()), CustomerCatalog.Unrestricted, Stamp()); break;
                case 12 when customer is Individual person: person.UpdateProfile(IndividualProfile(), Stamp()); break;
                case 12 when customer is Company company: company.UpdateProfile(CompanyProfile(), Stamp()); break;
                case 13 when customer is Company company:
                    var contact = Individual.Create(CustomerCode.Parse("P-" + Digits(5)), new IndividualProfile { LastName = Word() }, Stamp());
                    var from = Date();
                    company.AddContact(contact, Word(), Maybe(Word), from, Stamp());
                    if (_random.Next(2) == 0)
                    {
                        company.EndContact(contact.Code, from.PlusDays(_random.Next(0, 400)), Stamp());
                    }

                    break;
            }
        }
    }

    private IndividualProfile IndividualProfile() => new()
    {
        FirstName = Maybe(Word),
        LastName = Word(),
        Gender = (Gender)_random.Next(3),
        TitlePrefix = Maybe(Word),
        BirthCertificateNumber = _random.Next(2) == 0 ? Digits(6) : null,
        NationalCode = _random.Next(3) switch { 0 => null, 1 => NationalCode.Parse("0084575948"), _ => NationalCode.Parse("0499370899") },
        BirthDate = _random.Next(3) == 0 ? null : Date(),
        MarriageDate = _random.Next(2) == 0 ? null : Date(),
        FieldOfStudy = Maybe(Word),
        Sheba = _random.Next(2) == 0 ? Sheba.Parse("IR062960000000100324200001") : null,
        BankCard = _random.Next(2) == 0 ? BankCardNumber.Parse("6037991234567893") : null,
        EducationDegree = (EducationDegree)_random.Next(3),
    };

    private CompanyProfile CompanyProfile() => new()
    {
        Name = Word() + " " + Word(),
        FieldOfActivity = Maybe(Word),
        EstablishmentDate = _random.Next(2) == 0 ? null : Date(),
        LegalEntityId = _random.Next(2) == 0 ? LegalEntityId.Parse("10101234565") : null,
        EconomicCode = _random.Next(2) == 0 ? EconomicCode.Parse("10380284790") : null,
        Sheba = _random.Next(2) == 0 ? Sheba.Parse("IR062960000000100324200001") : null,
        BankCard = _random.Next(2) == 0 ? BankCardNumber.Parse("6037991234567893") : null,
        PoBox = _random.Next(2) == 0 ? Digits(5) : null,
    };

    private LocalDate Date() =>
        new LocalDate(1950, 1, 1).PlusDays(_random.Next(0, 30_000)).WithCalendar(Calendars[_random.Next(Calendars.Length)]);

    private Instant Instant() => Some.Instant + Duration.FromMinutes(_minutes++) + Duration.FromNanoseconds(_random.Next(0, 60_000_000) * 1000L);

    private ChangeStamp Stamp() => new(Word(), Instant());

    private string Word() => Words[_random.Next(Words.Length)];

    private string? Maybe(Func<string> make) => _random.Next(2) == 0 ? null : make();

    private string Digits(int count) => string.Concat(Enumerable.Range(0, count).Select(_ => (char)('0' + _random.Next(10))));
}
