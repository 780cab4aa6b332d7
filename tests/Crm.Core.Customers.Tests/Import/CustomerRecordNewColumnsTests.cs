using Crm.Core.TestKit;
using NodaTime;

namespace Crm.Core.Customers.Tests.Import;

/// <summary>Issue 14, point 6: every field of the customer model has a column, and a value the importer cannot use is
/// reported (unknown column, column of the other kind, two names for one column), never dropped.</summary>
public class CustomerRecordNewColumnsTests
{
    private static CustomerRecordResult Import(params (string Column, string Value)[] fields) =>
        new CustomerRecordImporter(CustomerCatalog.Unrestricted).Import(
            fields.ToDictionary(f => f.Column, f => (string?)f.Value, StringComparer.Ordinal), SomeCustomers.Stamp());

    private static readonly (string, string)[] Person = [("kind", "individual"), ("code", "C-1"), ("last_name", "محمدی")];
    private static readonly (string, string)[] Firm = [("kind", "company"), ("code", "K-1"), ("company_name", "آفتاب")];

    private static ValidationError OnlyError(CustomerRecordResult result)
    {
        Assert.Null(result.Customer);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public void Import_EveryIndividualColumn_FillsTheProfileAddressWebsiteAndNote()
    {
        var result = Import([.. Person, ("gender", "زن"), ("title", "دكتر"), ("marriage_date", "۱۳۹۰/۰۵/۱۲"), ("education", "کارشناسی ارشد"),
            ("field_of_study", "حسابداري"), ("birth_certificate_number", "۱۲۳۴"), ("province", "تهران"), ("city", "تهران"),
            ("street", "خیابان ولیعصر، کوچه ۱۲"), ("website", "https://sara.example.ir/"), ("notes", "تماس فقط عصرها; پس از ساعت ۱۶")]);

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.Message)));
        var person = Assert.IsType<Individual>(result.Customer);
        Assert.Equal(Gender.Female, person.Profile.Gender);
        Assert.Equal("دکتر", person.Profile.TitlePrefix);
        Assert.Equal(new LocalDate(1390, 5, 12, CalendarSystem.PersianAstronomical), person.Profile.MarriageDate);
        Assert.Equal(EducationDegree.Master, person.Profile.EducationDegree);
        Assert.Equal("حسابداری", person.Profile.FieldOfStudy);
        Assert.Equal("1234", person.Profile.BirthCertificateNumber);
        Assert.Equal("دکتر محمدی", person.DisplayName);
        Assert.Equal(("تهران", "خیابان ولیعصر، کوچه ۱۲", true), (person.PrimaryAddress!.City, person.PrimaryAddress.Street, person.PrimaryAddress.IsPrimary));
        Assert.Equal(new Uri("https://sara.example.ir/"), person.Website);
        var note = Assert.Single(person.Notes);   // one note: ';' does not split free text
        Assert.Equal(("تماس فقط عصرها; پس از ساعت ۱۶", "tester", SomeCustomers.Stamp().At), (note.Text, note.Author, note.At));
    }

    [Fact]
    public void Import_EveryCompanyColumn_FillsTheProfile()
    {
        var result = Import([.. Firm, ("field_of_activity", "صنایع غذایی"), ("establishment_date", "1380/01/15"), ("po_box", "۱۴۱۵۵-۶۵۳۳"),
            ("street", "میدان آزادی"), ("website", "http://aftab.example.ir")]);

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.Message)));
        var company = Assert.IsType<Company>(result.Customer);
        Assert.Equal("صنایع غذایی", company.Profile.FieldOfActivity);
        Assert.Equal(new LocalDate(1380, 1, 15, CalendarSystem.PersianAstronomical), company.Profile.EstablishmentDate);
        Assert.Equal("14155-6533", company.Profile.PoBox);
        Assert.Equal("میدان آزادی", company.PrimaryAddress!.Street);
        Assert.Equal("http", company.Website!.Scheme);
    }

    [Theory]
    [InlineData("female", Gender.Female)]
    [InlineData("FEMALE", Gender.Female)]
    [InlineData(" Male ", Gender.Male)]
    [InlineData("unspecified", Gender.Unspecified)]
    [InlineData("زن", Gender.Female)]
    [InlineData("خانم", Gender.Female)]
    [InlineData("مرد", Gender.Male)]
    [InlineData("آقا", Gender.Male)]
    public void Import_Gender_AcceptsEnglishNamesAndPersianWords(string text, Gender expected) =>
        Assert.Equal(expected, ((Individual)Import([.. Person, ("gender", text)]).Customer!).Profile.Gender);

    [Theory]
    [InlineData("f")]
    [InlineData("2")]
    [InlineData("Femalee")]
    [InlineData("زنانه")]
    public void Import_GenderOutsideTheList_IsGenderValueNamingTheValue(string text)
    {
        var error = OnlyError(Import([.. Person, ("gender", text)]));
        Assert.Equal(("gender", "gender.value", text), (error.Field, error.Rule, error.Value));
        Assert.Contains("gender.value", error.Message, StringComparison.Ordinal);
        Assert.Contains(text, error.Message, StringComparison.Ordinal);
        Assert.Contains("gender.value", error.PersianMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Bachelor", EducationDegree.Bachelor)]
    [InlineData("belowdiploma", EducationDegree.BelowDiploma)]
    [InlineData("زير ديپلم", EducationDegree.BelowDiploma)]
    [InlineData("کارشناسی‌ارشد", EducationDegree.Master)]
    [InlineData("دکترا", EducationDegree.Doctorate)]
    public void Import_Education_AcceptsEnumNamesAndPersianNames(string text, EducationDegree expected) =>
        Assert.Equal(expected, ((Individual)Import([.. Person, ("education", text)]).Customer!).Profile.EducationDegree);

    [Theory]
    [InlineData("gender", "gender.value", "x")]
    [InlineData("education", "education.value", "لیسانس و بالاتر")]
    [InlineData("website", "website.format", "example.ir")]
    [InlineData("website", "website.format", "ftp://example.ir")]
    [InlineData("marriage_date", "date.persian", "1390/13/01")]
    public void Import_BadValueOfANewColumn_IsAnErrorNamingColumnRuleAndValue(string column, string rule, string value)
    {
        var error = OnlyError(Import([.. Person, (column, value)]));
        Assert.Equal((column, rule, value), (error.Field, error.Rule, error.Value));
    }

    [Fact]
    public void Import_BadEstablishmentDate_IsDatePersian()
    {
        var error = OnlyError(Import([.. Firm, ("establishment_date", "1380-01-15x")]));
        Assert.Equal(("establishment_date", "date.persian"), (error.Field, error.Rule));
    }

    [Theory]
    [InlineData("gender", "مرد")]
    [InlineData("title", "مهندس")]
    [InlineData("marriage_date", "1390/01/01")]
    [InlineData("education", "دیپلم")]
    [InlineData("field_of_study", "فیزیک")]
    [InlineData("birth_certificate_number", "12")]
    [InlineData("first_name", "سارا")]
    [InlineData("national_code", "0084575948")]
    [InlineData("birth_date", "1366/12/30")]
    public void Import_IndividualColumnOnACompany_IsWrongKind(string column, string value)
    {
        var error = OnlyError(Import([.. Firm, (column, value)]));
        Assert.Equal((column, "column.wrong-kind", value), (error.Field, error.Rule, error.Value));
        Assert.Contains("individuals only", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("field_of_activity", "بازرگانی")]
    [InlineData("establishment_date", "1380/01/01")]
    [InlineData("po_box", "123")]
    [InlineData("legal_entity_id", "10101234566")]
    [InlineData("economic_code", "411111111111")]
    public void Import_CompanyColumnOnAnIndividual_IsWrongKind(string column, string value)
    {
        var result = Import([.. Person, (column, value)]);
        Assert.Null(result.Customer);
        var error = Assert.Single(result.Errors, e => e.Rule == "column.wrong-kind");
        Assert.Equal((column, value), (error.Field, error.Value));
        Assert.Contains("companies only", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_EmptyCellOfTheOtherKind_IsFine()
    {
        Assert.True(Import([.. Person, ("company_name", " "), ("po_box", ""), ("field_of_activity", "")]).IsValid);
        Assert.True(Import([.. Firm, ("first_name", ""), ("gender", " "), ("title", "")]).IsValid);
    }

    [Fact]
    public void Import_UnknownFieldWithAValue_IsColumnUnknown_AnEmptyOneIsIgnored()
    {
        var error = OnlyError(Import([.. Person, ("nickname", " Sal ")]));
        Assert.Equal(("nickname", "column.unknown", "Sal"), (error.Field, error.Rule, error.Value));
        Assert.True(Import([.. Person, ("nickname", "")]).IsValid);
    }

    [Fact]
    public void Import_AliasKeys_ReadAsTheirColumns()
    {
        var result = Import(("نوع", "individual"), ("کد مشتری", "C-1"), ("نام خانوادگی", "محمدی"), ("Gender", "female"), ("آدرس", "خیابان آزادی"));
        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.Message)));
        Assert.Equal(Gender.Female, ((Individual)result.Customer!).Profile.Gender);
        Assert.Equal("خیابان آزادی", result.Customer!.PrimaryAddress!.Street);
    }

    [Fact]
    public void Import_TwoNamesOfOneColumn_IsColumnDuplicateNamingBoth()
    {
        var error = OnlyError(Import([.. Person, ("mobile", "09121234567"), ("موبایل", "09121234567")]));
        Assert.Equal(("mobile", "column.duplicate"), (error.Field, error.Rule));
        Assert.Contains("mobile", error.Value, StringComparison.Ordinal);
        Assert.Contains("موبایل", error.Value, StringComparison.Ordinal);
        Assert.Contains("column.duplicate", error.PersianMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_NoNotesColumn_AddsNoNote() =>
        Assert.Empty(Import(Person).Customer!.Notes);
}
