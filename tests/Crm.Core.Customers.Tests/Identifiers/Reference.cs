using System.Numerics;

namespace Crm.Core.Customers.Tests.Identifiers;

/// <summary>
/// Independent, deliberately plain implementations of the published formulas, written from the issue text only.
/// Tests compare the library against these where no published vector exists; they never call library code.
/// </summary>
internal static class Reference
{
    public static int[] Digits(string ascii) => ascii.Select(c => int.Parse(c.ToString(), System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    /// <summary>National code: s = Σ d[i]·(10−i), i = 0..8; r = s mod 11; valid iff d[9] = r (r &lt; 2) else 11 − r.</summary>
    public static bool NationalCodeChecksumHolds(string tenDigits)
    {
        var d = Digits(tenDigits);
        var s = 0;
        for (var i = 0; i <= 8; i++)
        {
            s += d[i] * (10 - i);
        }

        var r = s % 11;
        return r < 2 ? d[9] == r : d[9] == 11 - r;
    }

    public static bool NationalCodeIsValid(string tenDigits) =>
        NationalCodeChecksumHolds(tenDigits) && (tenDigits.Distinct().Count() > 1 || tenDigits == "1111111111");

    /// <summary>Legal-entity ID: k = d[9] + 2; r = Σ (d[i] + k)·w, w = 29,27,23,19,17 repeating; 10 → 0; valid iff d[10] = r.</summary>
    public static bool LegalEntityIdIsValid(string elevenDigits)
    {
        var d = Digits(elevenDigits);
        int[] w = [29, 27, 23, 19, 17, 29, 27, 23, 19, 17];
        var k = d[9] + 2;
        var r = Enumerable.Range(0, 10).Sum(i => (d[i] + k) * w[i]) % 11;
        if (r == 10)
        {
            r = 0;
        }

        return d[10] == r;
    }

    /// <summary>ISO 13616: move the first four characters to the end, letters to numbers (A = 10 … Z = 35), mod 97 = 1.</summary>
    public static bool IbanIsValid(string iban)
    {
        var rearranged = iban[4..] + iban[..4];
        var numeric = string.Concat(rearranged.Select(c => char.IsLetter(c) ? (c - 'A' + 10).ToString(System.Globalization.CultureInfo.InvariantCulture) : c.ToString()));
        return BigInteger.Parse(numeric, System.Globalization.CultureInfo.InvariantCulture) % 97 == 1;
    }

    /// <summary>Computes ISO 13616 check digits for an Iranian BBAN of 22 digits: 98 − (BBAN + "IR00" mod 97).</summary>
    public static string IranianIban(string bban)
    {
        var numeric = bban + "1827" + "00";
        var check = 98 - (int)(BigInteger.Parse(numeric, System.Globalization.CultureInfo.InvariantCulture) % 97);
        return "IR" + check.ToString("00", System.Globalization.CultureInfo.InvariantCulture) + bban;
    }

    /// <summary>Luhn (ISO/IEC 7812), written out: double every second digit from the right, add the digits of the products.</summary>
    public static bool LuhnHolds(string digits)
    {
        var d = Digits(digits).Reverse().ToArray();
        var sum = 0;
        for (var i = 0; i < d.Length; i++)
        {
            var v = i % 2 == 1 ? d[i] * 2 : d[i];
            sum += (v / 10) + (v % 10);
        }

        return sum % 10 == 0;
    }
}
