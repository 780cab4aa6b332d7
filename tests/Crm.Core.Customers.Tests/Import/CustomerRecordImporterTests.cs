using System.Globalization;
using Crm.Core.Customers;
using Crm.Core.TestKit;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Crm.Core.Customers.Tests.Import;

public class CustomerRecordImporterTests
{
    private static Dictionary<string, string?> Row(params (string Column, string Value)[] fields) =>
        fields.ToDictionary(f => f.Column, f => (string?)f.Value, StringComparer.Ordinal);

    [Fact]
    public void Import_ValidIndividual_BuildsCustomer()
    {
        var result = new CustomerRecordImporter(CustomerCatalog.Unrestricted).Import(Row(
            ("kind", "individual"), ("code", "C-1"), ("first_name", "سارا"), ("last_name", "محمدي"),
            ("national_code", "۰۰۸۴۵۷۵۹۴۸"), ("mobile", "0912 123 4567"), ("email", "sara@example.ir"),
            ("province", "تهران"), ("city", "تهران"), ("postal_code", "1511733511"), ("birth_date", "۱۳۶۶/۱۲/۳۰")), SomeCustomers.Stamp());

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.Message)));
        var person = Assert.IsType<Individual>(result.Customer);
        Assert.Equal("محمدی", person.Profile.LastName);
        Assert.Equal(new LocalDate(1366, 12, 30, CalendarSystem.PersianAstronomical), person.Profile.BirthDate);
        Assert.Equal("+989121234567", person.PrimaryPhone!.Number);
        Assert.Equal("تهران", person.PrimaryAddress!.City);
    }

    [Fact]
    public void Import_BankCardAndDoubtfulMobile_ValidWithAWarning()
    {
        var result = new CustomerRecordImporter(CustomerCatalog.Unrestricted).Import(Row(
            ("kind", "individual"), ("code", "C-1"), ("last_name", "محمدی"), ("mobile", "0980 123 4567"),
            ("bank_card", "۶۰۳۷ ۹۹۱۲ ۳۴۵۶ ۷۸۹۳")), SomeCustomers.Stamp());

        Assert.True(result.IsValid);
        Assert.Empty(result.Errors);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(("mobile", "mobile.unassigned-block", "0980 123 4567"), (warning.Field, warning.Rule, warning.Value));
        var person = Assert.IsType<Individual>(result.Customer);
        Assert.Equal(BankCardNumber.Parse("6037991234567893"), person.Profile.BankCard);
        Assert.Equal(1, person.UpdateProfile(person.Profile with { BankCard = BankCardNumber.Parse("6104339876543210") }, SomeCustomers.Stamp(minutes: 1)));
        var change = person.History.Single(h => h.Field == "bankCard");
        Assert.Equal(("6037-99**-****-7893", "6104-33**-****-3210"), (change.OldValue, change.NewValue));   // masked in history
    }

    [Fact]
    public void Import_BadBankCard_IsAnErrorOnItsColumn_AndWarningsStayWithInvalidRecords()
    {
        var result = new CustomerRecordImporter(CustomerCatalog.Unrestricted).Import(Row(
            ("kind", "company"), ("code", "K-1"), ("company_name", "آفتاب"), ("mobile", "09621234567"), ("bank_card", "6037991234567890")), SomeCustomers.Stamp());

        Assert.False(result.IsValid);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("bank_card", "bank-card.luhn", "6037991234567890"), (error.Field, error.Rule, error.Value));
        Assert.Equal("mobile.unassigned-block", Assert.Single(result.Warnings).Rule);
        Assert.Contains("bank_card", CustomerRecordColumns.All);
    }

    [Fact]
    public void Import_SeveralBadFields_ReportsEveryOneWithColumnRuleAndValue()
    {
        var result = new CustomerRecordImporter(CustomerCatalog.Unrestricted).Import(Row(
            ("kind", "individual"), ("code", "C-1"), ("last_name", "رضایی"), ("national_code", "0084575949"),
            ("mobile", "0812345678"), ("birth_date", "1405/12/30"), ("email", "not-an-email")), SomeCustomers.Stamp());

        Assert.Null(result.Customer);
        Assert.Equal(["national_code", "mobile", "email", "birth_date"], result.Errors.Select(e => e.Field));
        var nc = result.Errors[0];
        Assert.Equal("0084575949", nc.Value);
        Assert.Contains("'008******9'", nc.Message, StringComparison.Ordinal);      // personal data: masked in messages
        Assert.DoesNotContain("0084575949", nc.Message, StringComparison.Ordinal);
        Assert.Equal("date.persian", result.Errors[3].Rule);
        Assert.Contains("1405/12/30", result.Errors[3].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_MissingKindCodeAndName_ReportsRequired()
    {
        var result = new CustomerRecordImporter(CustomerCatalog.Unrestricted).Import(Row(("kind", "company")), SomeCustomers.Stamp());
        Assert.Equal([("code", "required"), ("company_name", "required")], result.Errors.Select(e => (e.Field, e.Rule)));
        var bad = new CustomerRecordImporter(CustomerCatalog.Unrestricted).Import(Row(("kind", "person"), ("code", "X")), SomeCustomers.Stamp());
        Assert.Equal(("kind", "kind.value", "person"), (bad.Errors[0].Field, bad.Errors[0].Rule, bad.Errors[0].Value));
    }

    [Fact]
    public void Import_ChannelOwnerRankGroupsAndTags_AreSetAndAudited()
    {
        var result = new CustomerRecordImporter(CustomerCatalog.Unrestricted).Import(Row(("kind", "individual"), ("code", "C-1"), ("last_name", "محمدی"),
            ("channel", " اینستاگرام "), ("channel_date", "۱۴۰۴/۰۱/۱۵"), ("owner", "reza"), ("rank", "طلایی"),
            ("groups", "عمده‌فروشان; تهران ;"), ("tags", "VIP")), SomeCustomers.Stamp());
        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.Message)));
        var c = result.Customer!;
        Assert.Equal("اینستاگرام", c.Acquisition!.Channel);
        Assert.Equal(new LocalDate(1404, 1, 15, CalendarSystem.PersianAstronomical), c.Acquisition.Date.WithCalendar(CalendarSystem.PersianAstronomical));
        Assert.Equal(("reza", "طلایی"), (c.Owner, c.Rank));
        Assert.Equal(["تهران", "عمده‌فروشان"], c.Groups.Order(StringComparer.Ordinal));
        Assert.Equal(["VIP"], c.Tags);
        Assert.Contains(c.History, h => h.Field == "acquisition");
    }

    [Fact]
    public void Import_ChannelWithoutDate_UsesTheImportDay_AndABadDateIsAnError()
    {
        var stamp = SomeCustomers.Stamp();
        var c = new CustomerRecordImporter(CustomerCatalog.Unrestricted).Import(Row(("kind", "individual"), ("code", "C-1"), ("last_name", "محمدی"), ("channel", "web")), stamp).Customer!;
        Assert.Equal(stamp.At.InUtc().Date, c.Acquisition!.Date);
        var bad = new CustomerRecordImporter(CustomerCatalog.Unrestricted).Import(Row(("kind", "individual"), ("code", "C-2"), ("last_name", "محمدی"), ("channel", "web"), ("channel_date", "1404/13/01")), stamp);
        Assert.Equal("channel_date", Assert.Single(bad.Errors).Field);
    }

    [Fact]
    public void Import_NoKindColumn_InfersTheKindFromTheCompanyName_ButAnEmptyKindCellIsAnError()
    {
        var importer = new CustomerRecordImporter(CustomerCatalog.Unrestricted);
        Assert.Equal(CustomerKind.Individual, importer.Import(Row(("code", "C-1"), ("last_name", "محمدی")), SomeCustomers.Stamp()).Customer!.Kind);
        Assert.Equal(CustomerKind.Company, importer.Import(Row(("code", "K-1"), ("company_name", "آفتاب")), SomeCustomers.Stamp()).Customer!.Kind);
        var empty = importer.Import(Row(("kind", " "), ("code", "C-2"), ("last_name", "محمدی")), SomeCustomers.Stamp());
        Assert.Equal(("kind", "required"), (empty.Errors[0].Field, empty.Errors[0].Rule));
    }

    [Fact]
    public void Import_DuplicateCode_IsReportedOnSecondRecord()
    {
        var importer = new CustomerRecordImporter(CustomerCatalog.Unrestricted);
        Assert.True(importer.Import(Row(("kind", "company"), ("code", "K-1"), ("company_name", "آفتاب")), SomeCustomers.Stamp()).IsValid);
        var second = importer.Import(Row(("kind", "company"), ("code", "K-1"), ("company_name", "مهتاب")), SomeCustomers.Stamp());
        Assert.Equal("code.duplicate", Assert.Single(second.Errors).Rule);
    }

    [Fact]
    public void UnknownColumns_ReturnsOnlyUnknown() =>
        Assert.Equal(["nickname"], CustomerRecordImporter.UnknownColumns(["kind", "code", "nickname", "city"]));

    [Property]
    public Property Import_RandomFieldValues_NeverThrows() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string[]>(), values =>
        {
            var row = CustomerRecordColumns.All.Select((c, i) => (c, i < values.Length ? values[i] : null))
                .ToDictionary(p => p.c, p => p.Item2, StringComparer.Ordinal);
            var result = new CustomerRecordImporter(CustomerCatalog.Unrestricted).Import(row, SomeCustomers.Stamp());
            return result.IsValid == (result.Customer is not null);
        });

    [Theory]
    [InlineData("fa-IR")]
    [InlineData("ar-SA")]
    [InlineData("tr-TR")]
    [InlineData("")]
    public void Import_UnderAnyCulture_GivesSameResult(string culture)
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            var result = new CustomerRecordImporter(CustomerCatalog.Unrestricted).Import(Row(("kind", "INDIVIDUAL"), ("code", "c-1"), ("last_name", "Iİ"), ("birth_date", "1402/01/01")), SomeCustomers.Stamp());
            Assert.True(result.IsValid);
            Assert.Equal(new LocalDate(2023, 3, 21), ((Individual)result.Customer!).Profile.BirthDate!.Value.WithCalendar(CalendarSystem.Iso));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
