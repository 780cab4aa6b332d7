namespace Crm.Core.Customers.Internal.Identifiers;

/// <summary>How a phone number as typed begins.</summary>
internal enum PhonePrefix
{
    /// <summary>No prefix: the national significant number itself.</summary>
    None,

    /// <summary>The domestic trunk prefix 0.</summary>
    Trunk,

    /// <summary>Iran's country code: +98, 0098, or 98 in front of more than ten digits.</summary>
    Iran,

    /// <summary>'+' or 00 followed by another country code.</summary>
    OtherCountry,
}

/// <summary>Reads a phone number as typed and splits off its international or trunk prefix.</summary>
internal static class PhoneText
{
    /// <summary>The digits kept; longer numbers are reported by count only.</summary>
    public const int BufferLength = 16;

    /// <summary>Reads the digits of a phone number and finds where the national significant number starts.</summary>
    /// <param name="text">The number as typed.</param>
    /// <param name="digits">A buffer of <see cref="BufferLength"/> characters for the ASCII digits.</param>
    /// <param name="prefix">How the number begins.</param>
    /// <param name="start">Where the national significant number starts in <paramref name="digits"/>.</param>
    /// <param name="count">How many digits the national significant number has (may exceed the buffer).</param>
    /// <returns><see cref="ScanStatus.Empty"/> for no digits and no '+'; <see cref="ScanStatus.InvalidCharacter"/>
    /// for a character other than digits, separators, parentheses and one leading '+'.</returns>
    public static ScanStatus Read(ReadOnlySpan<char> text, Span<char> digits, out PhonePrefix prefix, out int start, out int count)
    {
        prefix = PhonePrefix.None;
        start = 0;
        var plus = IdentifierText.StripLeadingPlus(ref text);
        var status = IdentifierText.ScanDigits(text, digits, allowParentheses: true, out var total);
        count = total;
        if (status == ScanStatus.InvalidCharacter || (status == ScanStatus.Empty && !plus))
        {
            return status;
        }

        ReadOnlySpan<char> seen = digits[..Math.Min(total, digits.Length)];
        if (plus)
        {
            (prefix, start) = seen.StartsWith("98") ? (PhonePrefix.Iran, 2) : (PhonePrefix.OtherCountry, 0);
        }
        else if (seen.StartsWith("00"))
        {
            (prefix, start) = seen[2..].StartsWith("98") ? (PhonePrefix.Iran, 4) : (PhonePrefix.OtherCountry, 0);
        }
        else if (seen.StartsWith("0"))
        {
            (prefix, start) = (PhonePrefix.Trunk, 1);
        }
        else if (total > 10 && seen.StartsWith("98"))
        {
            (prefix, start) = (PhonePrefix.Iran, 2);
        }

        count = total - start;
        return ScanStatus.Digits;
    }
}
