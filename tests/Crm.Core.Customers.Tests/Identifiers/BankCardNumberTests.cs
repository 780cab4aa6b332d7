using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Crm.Core.Customers.Tests.Identifiers;

public class BankCardNumberTests
{
    [Theory]
    [InlineData("6037991234567893")]
    [InlineData("6037 9912 3456 7893")]
    [InlineData("6037-9912-3456-7893")]
    [InlineData("۶۰۳۷-۹۹۱۲-۳۴۵۶-۷۸۹۳")]
    [InlineData("٦٠٣٧٩٩١٢٣٤٥٦٧٨٩٣")]
    [InlineData("\u200e6037\u00a09912\u20133456 7893\r\n")]
    public void Parse_AcceptedForms_GiveSixteenAsciiDigits(string text)
    {
        var card = BankCardNumber.Parse(text);
        Assert.Equal("6037991234567893", card.Value);
        Assert.Equal("6037991234567893", card.ToString());
        Assert.Equal("6037-9912-3456-7893", card.Format());
        Assert.Equal("6037-99**-****-7893", card.ToMaskedString());
    }

    [Theory]
    [InlineData(null, "bank-card.empty")]
    [InlineData("", "bank-card.empty")]
    [InlineData(" - ", "bank-card.empty")]
    [InlineData("6037/9912/3456/7893", "bank-card.invalid-character")]
    [InlineData("6037991234567893a", "bank-card.invalid-character")]
    [InlineData("603799123456789", "bank-card.length")]
    [InlineData("60379912345678930", "bank-card.length")]
    [InlineData("6037991234567890", "bank-card.luhn")]
    [InlineData("6037991234567839", "bank-card.luhn")]
    public void TryParse_Invalid_ReportsRule(string? text, string rule)
    {
        Assert.False(BankCardNumber.TryParse(text, out var card, out var error));
        Assert.Equal(default, card);
        Assert.Equal(("bankCard", rule, text ?? string.Empty), (error.Field, error.Rule, error.Value));
        Assert.False(BankCardNumber.TryParse(text, out _));
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNull_AndInvalid_ThrowsFormatWithRule()
    {
        Assert.Throws<ArgumentNullException>(() => BankCardNumber.Parse(null!));
        var ex = Assert.Throws<FormatException>(() => BankCardNumber.Parse("6037991234567890"));
        Assert.Contains("bank-card.luhn", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("6037991234567893", "melli", "Bank Melli Iran", "بانک ملی ایران")]
    [InlineData("6104339876543210", "mellat", "Bank Mellat", "بانک ملت")]
    [InlineData("6274120000111122", "eghtesad-novin", "Eghtesad Novin Bank", "بانک اقتصاد نوین")]
    public void Bank_FromPrefix_IsNamed(string text, string id, string english, string persian)
    {
        var bank = BankCardNumber.Parse(text).Bank;
        Assert.True(bank.IsKnown);
        Assert.Equal((id, english, persian), (bank.Id, bank.EnglishName, bank.PersianName));
    }

    [Fact]
    public void Bank_UnknownPrefix_SaysUnknown()
    {
        var bank = BankCardNumber.Parse("9999990000111126").Bank;
        Assert.False(bank.IsKnown);
        Assert.Equal(IranianBank.Unknown, bank);
        Assert.Equal(("unknown", "Unknown", "نامشخص", ""), (bank.Id, bank.EnglishName, bank.PersianName, bank.ShebaCode));
        Assert.Empty(bank.CardPrefixes);
    }

    [Fact]
    public void Default_IsEmptyWithUnknownBank()
    {
        Assert.Equal(string.Empty, default(BankCardNumber).Value);
        Assert.Equal(string.Empty, default(BankCardNumber).Format());
        Assert.Equal(string.Empty, default(BankCardNumber).ToMaskedString());
        Assert.False(default(BankCardNumber).Bank.IsKnown);
    }

    [Property]
    public Property TryParse_AgreesWithReferenceLuhn() =>
        Prop.ForAll(Generators.DigitString(16).ToArbitrary(), digits =>
            BankCardNumber.TryParse(digits, out _) == Reference.LuhnHolds(digits));

    [Property]
    public Property AnyFifteenDigits_CompleteToExactlyOneValidCard() =>
        Prop.ForAll(Generators.DigitString(15).ToArbitrary(), fifteen =>
            Enumerable.Range(0, 10).Count(c => BankCardNumber.TryParse(fifteen + (char)('0' + c), out _)) == 1);

    [Property]
    public Property ChangingAnySingleDigit_MakesItInvalid() =>
        Prop.ForAll(Generators.ValidBankCard().SelectMany(card => Gen.Choose(0, 15).SelectMany(i => Gen.Choose(1, 9).Select(delta => (card, i, delta)))).ToArbitrary(), t =>
        {
            var chars = t.card.ToCharArray();
            chars[t.i] = (char)('0' + ((chars[t.i] - '0' + t.delta) % 10));
            return !BankCardNumber.TryParse(new string(chars), out _);
        });

    [Property]
    public Property EveryForm_RoundTrips_InEveryDigitScript() =>
        Prop.ForAll(Generators.ValidBankCard().ToArbitrary(), digits =>
        {
            var card = BankCardNumber.Parse(digits);
            return card.Value == digits
                && BankCardNumber.Parse(card.Format()) == card
                && BankCardNumber.Parse(Generators.ToPersian(card.Format())) == card
                && BankCardNumber.Parse(Generators.ToArabicIndic(digits)) == card
                && BankCardNumber.Parse(card.ToString("D", null)) == card;
        });

    [Property]
    public Property Mask_RevealsOnlyTheFirstSixAndLastFourDigits() =>
        Prop.ForAll(Generators.ValidBankCard().ToArbitrary(), digits =>
        {
            var masked = BankCardNumber.Parse(digits).ToMaskedString();
            var shown = masked.Where(char.IsAsciiDigit).ToArray();
            return masked.Length == 19
                && masked.Count(c => c == '*') == 6
                && new string(shown) == digits[..6] + digits[12..]
                && masked[..7] == digits[..4] + "-" + digits[4..6]
                && masked[^4..] == digits[12..];
        });
}
