namespace Crm.Core.Customers.Internal.Identifiers;

/// <summary>Maps the prefix of a mobile number to the operator originally assigned to it.</summary>
/// <remarks>
/// Sources: the prefixes listed in issue 2 and libphonenumber's carrier data for +98 (which adds 0900 for Irancell and
/// 0996 for Hamrah-e Aval). Display data only: number portability makes it unreliable.
/// </remarks>
internal static class MobileOperatorTable
{
    /// <summary>Finds the operator of a national significant number.</summary>
    /// <param name="nationalNumber">Ten ASCII digits starting with 9, for example <c>9121234567</c>.</param>
    /// <returns>The operator, or <see cref="MobileOperator.Unknown"/>.</returns>
    public static MobileOperator Find(ReadOnlySpan<char> nationalNumber)
    {
        var prefix = ((nationalNumber[1] - '0') * 10) + (nationalNumber[2] - '0');
        return prefix switch
        {
            >= 0 and <= 5 => MobileOperator.Irancell,
            >= 10 and <= 19 => MobileOperator.HamrahAval,
            >= 20 and <= 22 => MobileOperator.Rightel,
            30 or 33 or (>= 35 and <= 39) or 41 => MobileOperator.Irancell,
            (>= 90 and <= 94) or 96 => MobileOperator.HamrahAval,
            _ => MobileOperator.Unknown,
        };
    }
}
