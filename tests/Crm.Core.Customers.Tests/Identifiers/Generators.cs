using FsCheck;
using FsCheck.Fluent;

namespace Crm.Core.Customers.Tests.Identifiers;

internal static class Generators
{
    public static Gen<string> DigitString(int length) =>
        Gen.Choose(0, 9).ArrayOf(length).Select(a => string.Concat(a.Select(d => (char)('0' + d))));

    /// <summary>Valid national codes built with the reference formula (never with the library).</summary>
    public static Gen<string> ValidNationalCode(string prefix = "") =>
        DigitString(9 - prefix.Length)
            .Select(rest => prefix + rest)
            .Select(nine => Enumerable.Range(0, 10).Select(c => nine + (char)('0' + c)).First(Reference.NationalCodeChecksumHolds))
            .Where(Reference.NationalCodeIsValid);

    /// <summary>Valid legal-entity IDs built with the reference formula.</summary>
    public static Gen<string> ValidLegalEntityId() =>
        DigitString(10).Select(ten => Enumerable.Range(0, 10).Select(c => ten + (char)('0' + c)).First(Reference.LegalEntityIdIsValid));

    /// <summary>Valid Sheba numbers built with the reference ISO 13616 computation.</summary>
    public static Gen<string> ValidSheba() =>
        DigitString(22).Select(Reference.IranianIban).Where(s => s[2..4] is not ("00" or "01" or "99"));

    /// <summary>Valid 16-digit card numbers built with the reference Luhn check.</summary>
    public static Gen<string> ValidBankCard() =>
        DigitString(15).Select(fifteen => Enumerable.Range(0, 10).Select(c => fifteen + (char)('0' + c)).First(Reference.LuhnHolds));

    /// <summary>Valid postal codes: no 0 or 2 in the first five digits, the first four not all the same.</summary>
    public static Gen<string> ValidPostalCode() =>
        Gen.Elements('1', '3', '4', '5', '6', '7', '8', '9').ArrayOf(5).Select(a => new string(a))
            .Where(five => five[..4].Distinct().Count() > 1)
            .SelectMany(five => DigitString(5).Select(rest => five + rest));

    /// <summary>Ten-digit national significant mobile numbers: 9 followed by 9 digits.</summary>
    public static Gen<string> MobileNationalNumber() => DigitString(9).Select(rest => "9" + rest);

    /// <summary>Arbitrary text, including control characters, surrogates, Persian digits and long runs.</summary>
    public static Gen<string> AnyText() =>
        Gen.OneOf(
            ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty),
            Gen.Elements("0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩ -+()IRir\u200c\u200f\t\0\uD800".ToCharArray()).ArrayOf().Select(a => new string(a)),
            Gen.Choose(0, 0xFFFF).Select(i => (char)i).ArrayOf().Select(a => new string(a)));

    public static string ToPersian(string ascii) => new(ascii.Select(c => c is >= '0' and <= '9' ? (char)('۰' + (c - '0')) : c).ToArray());

    public static string ToArabicIndic(string ascii) => new(ascii.Select(c => c is >= '0' and <= '9' ? (char)('٠' + (c - '0')) : c).ToArray());
}
