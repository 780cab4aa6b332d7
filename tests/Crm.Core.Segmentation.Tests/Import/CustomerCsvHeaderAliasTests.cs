using System.Text;
using Crm.Core.Customers;
using Crm.Core.TestKit;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Core.Segmentation.Tests.Import;

/// <summary>Issue 14, point 6: a customers CSV with Persian (or other English) headers imports exactly as the file with
/// the canonical headers; two headers of one column are an error naming both.</summary>
public sealed class CustomerCsvHeaderAliasTests
{
    private static readonly string[] Columns =
        ["kind", "code", "first_name", "last_name", "company_name", "gender", "title", "mobile", "city", "street", "po_box", "website", "notes", "tags"];

    /// <summary>Cell values of each column, good and bad, and some for the other kind of customer.</summary>
    private static readonly string[][] Values =
    [
        ["individual", "company"],
        ["C-1", "C-2", "K-1", ""],
        ["سارا", "", "Sara"],
        ["محمدی", "", "کریمی"],
        ["صنایع آفتاب", ""],
        ["زن", "male", "", "x"],
        ["دکتر", ""],
        ["0912 123 4567", "12", ""],
        ["تهران", ""],
        ["خیابان آزادی، پلاک ۳", ""],
        ["14155-6533", ""],
        ["https://example.ir", "example.ir", ""],
        ["فقط عصرها تماس بگیرید; مهم", ""],
        ["vip;loyal", ""],
    ];

    private static readonly string[] PersianHeader =
        ["نوع", "کد مشتری", "نام", "نام خانوادگی", "نام شرکت", "جنسیت", "عنوان", "تلفن همراه", "شهر", "نشانی", "صندوق پستی", "وب‌سایت", "یادداشت", "برچسب‌ها"];

    [Property(MaxTest = 150)]
    public Property Read_AliasHeaders_GiveTheCanonicalHeadersResult() =>
        Prop.ForAll(
            Gen.Choose(0, 5).ArrayOf(Columns.Length).ArrayOf().Select(rows => rows.Take(10).ToArray()).ToArbitrary(),
            Gen.Choose(0, 1000).ArrayOf(Columns.Length).ToArbitrary(),
            (picks, aliasPicks) =>
            {
                var rows = picks.Select(row => Columns.Select((_, i) => Values[i][row[i] % Values[i].Length]).ToArray()).ToArray();
                var aliases = Columns.Select((c, i) =>
                {
                    var spellings = CustomerRecordColumns.Aliases[c].Prepend(c).ToArray();
                    return spellings[aliasPicks[i] % spellings.Length];
                }).ToArray();

                var canonical = Read(Columns, rows);
                var aliased = Read(aliases, rows);

                Assert.Equal(rows.Length, aliased.Count);   // no header record: every alias is known, none twice
                Assert.Equal(canonical.Select(Snapshot), aliased.Select(Snapshot));
            });

    [Fact]
    public void Read_PersianHeaders_ImportsAsTheCanonicalFile()
    {
        string[][] rows =
        [
            ["individual", "C-1", "سارا", "محمدی", "", "زن", "دکتر", "09121234567", "تهران", "خیابان آزادی", "", "https://sara.example.ir", "مشتری قدیمی", "vip"],
            ["company", "K-1", "", "", "صنایع آفتاب", "", "", "", "کرج", "", "14155-6533", "", "", ""],
        ];

        var persian = Read(PersianHeader, rows);
        var canonical = Read(Columns, rows);

        Assert.Equal(canonical.Select(Snapshot), persian.Select(Snapshot));
        Assert.All(persian, r => Assert.True(r.IsValid, string.Join("; ", r.Errors.Select(e => e.Message))));
        var sara = Assert.IsType<Individual>(persian[0].Customer);
        Assert.Equal((Gender.Female, "دکتر", "خیابان آزادی"), (sara.Profile.Gender, sara.Profile.TitlePrefix, sara.PrimaryAddress!.Street));
        Assert.Equal("مشتری قدیمی", Assert.Single(sara.Notes).Text);
        Assert.Equal("14155-6533", Assert.IsType<Company>(persian[1].Customer).Profile.PoBox);
    }

    [Fact]
    public void Read_TwoHeadersOfOneColumn_IsDuplicateColumnOnTheHeaderAndEveryRow()
    {
        var records = Read(["kind", "code", "last_name", "mobile", "موبایل", "nickname"],
            [["individual", "C-1", "محمدی", "09121234567", "", "x"], ["individual", "C-2", "رضایی", "", "09121234568", ""]]);

        Assert.Equal([1L, 2, 3], records.Select(r => r.Line));
        Assert.Equal(["nickname|csv.unknown-column|nickname", "mobile|csv.duplicate-column|mobile, موبایل"], Keys(records[0].Errors));
        Assert.Contains("mobile, موبایل", records[0].Errors[1].Message, StringComparison.Ordinal);
        Assert.All(records.Skip(1), r =>
        {
            Assert.Null(r.Customer);
            Assert.Equal(["mobile|csv.duplicate-column|mobile, موبایل"], Keys(r.Errors));
        });
    }

    [Fact]
    public void Read_SameHeaderTwice_IsDuplicateColumn()
    {
        var records = Read(["kind", "code", "last_name", "Last Name"], [["individual", "C-1", "محمدی", "رضایی"]]);

        Assert.Equal(["last_name|csv.duplicate-column|last_name, Last Name"], Keys(records[0].Errors));
        Assert.Null(records[1].Customer);
    }

    private static List<CustomerCsvRecord> Read(string[] header, string[][] rows)
    {
        var text = new StringBuilder(string.Join(',', header.Select(Quote)));
        foreach (var row in rows)
        {
            text.Append('\n').Append(string.Join(',', row.Select(Quote)));
        }

        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text.ToString()));
        return [.. CustomerCsvImporter.Read(stream, new CustomerRecordImporter(CustomerCatalog.Unrestricted), SomeCustomers.Stamp())];
    }

    /// <summary>Everything a record holds: line, errors, warnings and every field of the customer.</summary>
    private static string Snapshot(CustomerCsvRecord record) =>
        string.Join(" / ", record.Line, string.Join(";", Keys(record.Errors)), string.Join(";", Keys(record.Warnings)), Snapshot(record.Customer));

    private static string Snapshot(Customer? customer) => customer switch
    {
        null => "-",
        _ => string.Join(" | ",
            customer.Code, customer.Kind, (customer as Individual)?.Profile.ToString(), (customer as Company)?.Profile.ToString(),
            string.Join(",", customer.Phones), string.Join(",", customer.Emails), string.Join(",", customer.Addresses), customer.Website,
            customer.Acquisition, customer.Rank, customer.Owner, string.Join(",", customer.Groups), string.Join(",", customer.Tags),
            string.Join(",", customer.Notes), customer.History.Count),
    };

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static string[] Keys(IEnumerable<ValidationError> errors) => [.. errors.Select(e => $"{e.Field}|{e.Rule}|{e.Value}")];
}
