using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Core.Customers.Tests.Identifiers;

public class IdentifierRobustnessTests
{
    /// <summary>Runs every TryParse overload on the text and describes the outcomes, so the caller can compare them.</summary>
    internal static string ParseAll(string? text)
    {
        static string Show(bool ok, object value, ValidationError? error) => ok ? "ok:" + value : "error:" + error!.Rule + "|" + error.Message;

        var parts = new List<string>();
        parts.Add(Show(NationalCode.TryParse(text, out var a, out var ea), a, ea));
        parts.Add(Show(LegalEntityId.TryParse(text, out var b, out var eb), b, eb));
        parts.Add(Show(EconomicCode.TryParse(text, out var c, out var ec), c + "/" + c.Kind, ec));
        parts.Add(Show(PostalCode.TryParse(text, out var d, out var ed), d.Format(), ed));
        parts.Add(Show(IranianMobile.TryParse(text, out var e, out var ee), e + "/" + e.Operator, ee));
        parts.Add(Show(IranianLandline.TryParse(text, out var f, out var ef), f + "/" + f.Province, ef));
        parts.Add(Show(Sheba.TryParse(text, out var g, out var eg), g.Format() + "/" + g.Bank + "/" + g.ToMaskedString(), eg));
        parts.Add(Show(BankCardNumber.TryParse(text, out var h, out var eh), h.Format() + "/" + h.Bank.Id + "/" + h.ToMaskedString(), eh));
        parts.Add(Show(IranianMobile.TryParse(text, MobileBlockPolicy.Reject, out var i, out var ei), i.Format() + "/" + i.IsInAssignedBlock + "/" + i.ToMaskedString(), ei));
        parts.Add(NationalCode.TryParse(text, out var j) ? $"{j:D}|{j:M}|{j:G}" : "-");
        Assert.Equal(ea is null, NationalCode.TryParse(text, out _));
        Assert.Equal(eb is null, LegalEntityId.TryParse(text, out _));
        Assert.Equal(ec is null, EconomicCode.TryParse(text, out _));
        Assert.Equal(ed is null, PostalCode.TryParse(text, out _));
        Assert.Equal(ee is null, IranianMobile.TryParse(text, out _));
        Assert.Equal(ef is null, IranianLandline.TryParse(text, out _));
        Assert.Equal(eg is null, Sheba.TryParse(text, out _));
        Assert.Equal(eh is null, BankCardNumber.TryParse(text, out _));
        return string.Join("\n", parts);
    }

    [Property(MaxTest = 500)]
    public Property RandomStrings_NeverThrowFromTryParse() =>
        Prop.ForAll(Generators.AnyText().ToArbitrary(), text => ParseAll(text).Length > 0);

    [Fact]
    public void HugeNullAndControlInputs_NeverThrow_AndReportTheRule()
    {
        var huge = new string('۹', 1_000_000);
        Assert.False(NationalCode.TryParse(huge, out _, out var error));
        Assert.Equal("national-code.length", error.Rule);
        Assert.Equal(huge, error.Value);
        Assert.True(error.Message.Length < 300);
        Assert.Equal("mobile.length", IranianMobileError(huge));
        Assert.Equal("mobile.invalid-character", IranianMobileError("0912\0 3456789"));

        foreach (var text in new[] { null, "", "\0", "\uD800", "\uFFFF", "+", "++98", "IRIR", new string('-', 100_000), "0912\u0000345" })
        {
            Assert.NotEmpty(ParseAll(text));
        }
    }

    [Fact]
    public void Message_QuotesValue_ShowsControlCharactersAsQuestionMarks()
    {
        Assert.False(PostalCode.TryParse("11936\t53471\u0001", out _, out var error));
        Assert.Equal("postal-code.invalid-character", error.Rule);
        Assert.Equal("11936\t53471\u0001", error.Value);
        Assert.Equal(
            "Rule 'postal-code.invalid-character' failed for value '11936?53471?': a postal code may only hold digits (ASCII, Persian or Arabic-Indic), spaces and dashes.",
            error.Message);
    }

    [Fact]
    public void Error_FieldCanBeRenamedForCsvColumns()
    {
        Assert.False(IranianMobile.TryParse("0212", out _, out var error));
        var renamed = error with { Field = "mobile_column" };
        Assert.Equal("mobile_column", renamed.Field);
        Assert.Equal(error.Rule, renamed.Rule);
    }

    private static string IranianMobileError(string text)
    {
        Assert.False(IranianMobile.TryParse(text, out _, out var error));
        return error.Rule;
    }
}
