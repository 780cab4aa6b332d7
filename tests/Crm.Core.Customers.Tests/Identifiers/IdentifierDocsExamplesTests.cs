using System.ComponentModel.DataAnnotations;
using System.Text.Json;

namespace Crm.Core.Customers.Tests.Identifiers;

/// <summary>The code samples of docs/identifiers.md, kept compiling and true here.</summary>
public class IdentifierDocsExamplesTests
{
    [Fact]
    public void QuickStart_Example_Works()
    {
        // docs/identifiers.md — Quick start
        var code = NationalCode.Parse("۰۴۹۹-۳۷۰۸۹-۹");                 // Persian digits and dashes
        Assert.Equal("0499370899", code.Value);                         // always 10 ASCII digits

        if (!IranianMobile.TryParse("0912 345 6789", out var mobile, out var error))
        {
            Console.WriteLine($"{error.Field}: {error.Rule} ({error.Message})");
        }

        Assert.Equal("+989123456789", mobile.Value);                   // E.164
        Assert.Equal("09123456789", mobile.NationalFormat);
        Assert.Equal(MobileOperator.HamrahAval, mobile.Operator);       // display data only
    }

    [Fact]
    public void BatchValidation_Example_ReportsEveryBadRow()
    {
        // docs/identifiers.md — Reporting errors for a batch
        string[] column = ["0499370899", "0499370898", "", "۰۰۸۴۵۷۵۹۴۸"];
        var errors = new List<(int Line, ValidationError Error)>();
        for (var i = 0; i < column.Length; i++)
        {
            if (!NationalCode.TryParse(column[i], out _, out var error))
            {
                errors.Add((i + 2, error with { Field = "national_code" }));   // CSV line, CSV column name
            }
        }

        Assert.Equal(2, errors.Count);
        Assert.Equal((3, "national-code.checksum"), (errors[0].Line, errors[0].Error.Rule));
        Assert.Equal((4, "national-code.empty"), (errors[1].Line, errors[1].Error.Rule));
        Assert.Equal("national_code", errors[0].Error.Field);
        Assert.Equal("Rule 'national-code.checksum' failed for value '049******8': the check digit (the 10th digit) does not match the first nine digits.", errors[0].Error.Message);
        Assert.Equal("0499370898", errors[0].Error.Value);                 // as typed: personal data, see the docs
    }

    [Fact]
    public void OtherIdentifiers_Examples_Work()
    {
        // docs/identifiers.md — one line per identifier
        Assert.Equal("10380284790", LegalEntityId.Parse("1038-0284-790").Value);
        Assert.Equal(EconomicCodeKind.LegalEntity, EconomicCode.Parse("10380284790").Kind);
        Assert.Equal(EconomicCodeKind.Individual, EconomicCode.Parse("0499370899-1234").Kind);
        Assert.Equal("11936-53471", PostalCode.Parse("۱۱۹۳۶۵۳۴۷۱").Format());
        Assert.Equal("11", PostalCode.Parse("1193653471").ProvinceCode);
        var phone = IranianLandline.Parse("(041) 3555-1234");
        Assert.Equal("+984135551234", phone.Value);
        Assert.Equal("41", phone.AreaCode);
        Assert.Equal("East Azerbaijan", phone.Province.EnglishName);
        Assert.Equal("آذربایجان شرقی", phone.Province.PersianName);
        var sheba = Sheba.Parse("ir06-2960-0000-0010-0324-2000-01");
        Assert.Equal("IR062960000000100324200001", sheba.Value);
        Assert.Equal("IR06 2960 0000 0010 0324 2000 01", sheba.Format());
    }

    [Fact]
    public void PluggingIntoDotNet_Example_Works()
    {
        // docs/identifiers.md — Plugging into .NET
        var code = NationalCode.Parse("0499370899");
        Assert.Equal("049-937089-9", $"{code:D}");
        Assert.Equal("049-******-9", $"{code:M}");                       // for logs
        Assert.Equal("\"0499370899\"", JsonSerializer.Serialize(code));  // the canonical string, not {"Value":…}
        var card = JsonSerializer.Deserialize<BankCardNumber>("\"6037 9912 3456 7893\"");
        Assert.Equal("6037-99**-****-7893", card.ToMaskedString());
        Assert.Equal("Bank Melli Iran", card.Bank.EnglishName);
    }

    // docs/identifiers.md — Plugging into .NET (the model)
    public sealed class SignUpForm
    {
        [Required, Identifier<NationalCode>]
        public string? NationalCode { get; set; }

        [Identifier<BankCardNumber>]
        public string? Card { get; set; }
    }

    [Fact]
    public void DataAnnotations_Example_Works()
    {
        // docs/identifiers.md — Plugging into .NET (validation)
        var form = new SignUpForm { NationalCode = "0499370898", Card = "6037 9912 3456 7893" };
        var results = new List<ValidationResult>();
        Assert.False(Validator.TryValidateObject(form, new ValidationContext(form), results, validateAllProperties: true));
        Assert.Equal("NationalCode", results.Single().MemberNames.Single());
        Assert.StartsWith("Rule 'national-code.checksum' failed", results.Single().ErrorMessage);
    }
}
