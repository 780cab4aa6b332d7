namespace Crm.Core.Customers.Internal.Identifiers;

/// <summary>Every rule of every Iranian identifier; docs/identifiers.md lists the same ids.</summary>
internal static class IdentifierRules
{
    private const string Digits = "digits (ASCII, Persian or Arabic-Indic), spaces and dashes";
    private const string PhoneCharacters = "digits (ASCII, Persian or Arabic-Indic), a leading '+', spaces, dashes and parentheses";

    internal static class NationalCode
    {
        public static readonly IdentifierSpec Spec = new("nationalCode", "national-code", "a national code", Digits, (3, 1));
        public static readonly IdentifierRule Length = Spec.Rule("length", "a national code has 10 digits (8 or 9 digits are left-padded with zeros)");
        public static readonly IdentifierRule Padding = Spec.Rule("padding", "only a code typed as 8 or 9 bare digits is left-padded with zeros; a short code with a separator inside is not");
        public static readonly IdentifierRule RepeatedDigits = Spec.Rule("repeated-digits", "a national code of one repeated digit is not issued (1111111111 excepted)");
        public static readonly IdentifierRule Checksum = Spec.Rule("checksum", "the check digit (the 10th digit) does not match the first nine digits");
    }

    internal static class LegalEntityId
    {
        public static readonly IdentifierSpec Spec = new("legalEntityId", "legal-entity-id", "a legal-entity national ID", Digits);
        public static readonly IdentifierRule Length = Spec.Rule("length", "a legal-entity national ID has exactly 11 digits");
        public static readonly IdentifierRule Checksum = Spec.Rule("checksum", "the check digit (the 11th digit) does not match the first ten digits");
    }

    internal static class EconomicCode
    {
        public static readonly IdentifierSpec Spec = new("economicCode", "economic-code", "an economic code", Digits, (3, 1));
        public static readonly IdentifierRule Length = Spec.Rule("length", "an economic code has 11 digits (legal entities) or 14 digits (individuals)");
        public static readonly IdentifierRule RepeatedDigits = Spec.Rule("repeated-digits", "the national code in the first 10 digits of a 14-digit economic code is one repeated digit");
        public static readonly IdentifierRule LegalEntityChecksum = Spec.Rule("legal-entity-checksum", "the 11-digit economic code fails the legal-entity national ID check digit");
        public static readonly IdentifierRule NationalCodeChecksum = Spec.Rule("national-code-checksum", "the first 10 digits of the 14-digit economic code fail the national-code check digit");
    }

    internal static class PostalCode
    {
        public static readonly IdentifierSpec Spec = new("postalCode", "postal-code", "a postal code", Digits);
        public static readonly IdentifierRule Length = Spec.Rule("length", "a postal code has exactly 10 digits");
        public static readonly IdentifierRule ForbiddenDigit = Spec.Rule("forbidden-digit", "the first five digits of a postal code never hold 0 or 2");
        public static readonly IdentifierRule RepeatedDigits = Spec.Rule("repeated-digits", "the first four digits of a postal code are never all the same");
    }

    internal static class Mobile
    {
        public static readonly IdentifierSpec Spec = new("mobile", "mobile", "a mobile number", PhoneCharacters, (4, 4));
        public static readonly IdentifierRule CountryCode = Spec.Rule("country-code", "an Iranian mobile number in international form starts with +98 or 0098");
        public static readonly IdentifierRule Prefix = Spec.Rule("prefix", "an Iranian mobile number starts with 09 (or 9, +989, 989, 00989)");
        public static readonly IdentifierRule Length = Spec.Rule("length", "an Iranian mobile number has 9 followed by 9 digits (11 digits written as 09xxxxxxxxx)");
        public static readonly IdentifierRule UnassignedBlock = Spec.Rule("unassigned-block", "no number in this 09xy block is assigned to an operator (libphonenumber's metadata for Iran)");
    }

    internal static class Landline
    {
        public static readonly IdentifierSpec Spec = new("landline", "landline", "a landline number", PhoneCharacters);
        public static readonly IdentifierRule CountryCode = Spec.Rule("country-code", "an Iranian landline number in international form starts with +98 or 0098");
        public static readonly IdentifierRule Prefix = Spec.Rule("prefix", "an Iranian landline number starts with the trunk prefix 0 (or +98, 0098)");
        public static readonly IdentifierRule AreaCode = Spec.Rule("area-code", "the area code is not one of Iran's 31 provincial area codes");
        public static readonly IdentifierRule Length = Spec.Rule("length", "an Iranian landline number has a 2-digit area code and an 8-digit subscriber number (11 digits written as 0xxxxxxxxxx)");
    }

    internal static class Sheba
    {
        public static readonly IdentifierSpec Spec = new("sheba", "sheba", "a Sheba number", "'IR', " + Digits, (5, 4));
        public static readonly IdentifierRule Country = Spec.Rule("country", "a Sheba number starts with the country code IR");
        public static readonly IdentifierRule Length = Spec.Rule("length", "a Sheba number has 24 digits after IR");
        public static readonly IdentifierRule CheckDigits = Spec.Rule("check-digits", "the check digits (after IR) are never 00, 01 or 99 (ISO 13616)");
        public static readonly IdentifierRule Mod97 = Spec.Rule("mod97", "the ISO 13616 mod-97 check fails");
    }

    internal static class BankCard
    {
        public static readonly IdentifierSpec Spec = new("bankCard", "bank-card", "a bank card number", Digits, (6, 4));
        public static readonly IdentifierRule Length = Spec.Rule("length", "an Iranian bank card number has exactly 16 digits");
        public static readonly IdentifierRule Luhn = Spec.Rule("luhn", "the Luhn check digit (the 16th digit) does not match the first 15 digits");
    }
}
