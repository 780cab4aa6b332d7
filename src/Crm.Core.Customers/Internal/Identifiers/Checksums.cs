namespace Crm.Core.Customers.Internal.Identifiers;

/// <summary>The check-digit algorithms of Iranian identifiers, over ASCII digits.</summary>
internal static class Checksums
{
    private static readonly int[] LegalEntityWeights = [29, 27, 23, 19, 17];

    /// <summary>Computes the check digit of a national code: s = Σ d[i]·(10−i), r = s mod 11, r when r &lt; 2, else 11 − r.</summary>
    /// <param name="firstNine">The first nine digits.</param>
    /// <returns>The tenth digit, '0'–'9'.</returns>
    public static char NationalCodeCheckDigit(ReadOnlySpan<char> firstNine)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (firstNine[i] - '0') * (10 - i);
        }

        var remainder = sum % 11;
        return (char)('0' + (remainder < 2 ? remainder : 11 - remainder));
    }

    /// <summary>
    /// Computes the check digit of a legal-entity national ID: k = d[9] + 2, r = Σ (d[i] + k)·w[i mod 5] mod 11 with
    /// w = 29, 27, 23, 19, 17, and 10 becomes 0.
    /// </summary>
    /// <param name="firstTen">The first ten digits.</param>
    /// <returns>The eleventh digit, '0'–'9'.</returns>
    public static char LegalEntityCheckDigit(ReadOnlySpan<char> firstTen)
    {
        var k = firstTen[9] - '0' + 2;
        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            sum += (firstTen[i] - '0' + k) * LegalEntityWeights[i % 5];
        }

        var remainder = sum % 11;
        return (char)('0' + (remainder == 10 ? 0 : remainder));
    }

    /// <summary>Computes the ISO 13616 remainder of an Iranian IBAN: the 22-digit BBAN, then "IR" as 18 27, then the check digits, mod 97.</summary>
    /// <param name="digits">The 24 digits after "IR": two check digits, then the BBAN.</param>
    /// <returns>The remainder; 1 for a valid IBAN.</returns>
    public static int IranianIbanRemainder(ReadOnlySpan<char> digits)
    {
        var remainder = 0;
        foreach (var c in digits[2..])
        {
            remainder = ((remainder * 10) + (c - '0')) % 97;
        }

        foreach (var c in "1827")
        {
            remainder = ((remainder * 10) + (c - '0')) % 97;
        }

        remainder = ((remainder * 10) + (digits[0] - '0')) % 97;
        return ((remainder * 10) + (digits[1] - '0')) % 97;
    }

    /// <summary>Tells whether digits pass the Luhn check (ISO/IEC 7812): from the right, every second digit doubled
    /// (minus 9 when over 9), the sum a multiple of 10.</summary>
    /// <param name="digits">ASCII digits, the check digit last.</param>
    /// <returns><see langword="true"/> when the sum is a multiple of 10.</returns>
    public static bool LuhnValid(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
        }

        return sum % 10 == 0;
    }
}
