namespace Crm.Core.Customers.Internal.Identifiers;

/// <summary>The 09xy blocks of Iranian mobile numbers: which hold assigned numbers, and which operator each was given.</summary>
/// <remarks>
/// <para>Assigned blocks — source: libphonenumber's metadata (PhoneNumberMetadata.xml), territory IR, the
/// <c>mobile</c> national number pattern, checked 2026-12-03:
/// <c>9(?:(?:0(?:[0-35]\d|4[4-6])|(?:[13]\d|2[0-3])\d)\d|9(?:[0-46]\d\d|5[15]0|8(?:[12]\d|88)|9(?:0[0-3]|[19]\d|21|69|77|8[7-9])))\d{5}</c>.
/// Every block that pattern admits any number of is listed as assigned (39 blocks); 0904, 0995, 0998 and 0999 are only
/// partly assigned, and the finer ranges are not checked.</para>
/// <para>Operators — source: the prefix lists of issue 2 and issue 15 (0923 is Rightel) and libphonenumber's carrier
/// data for +98 (0900 Irancell, 0996 Hamrah-e Aval). 0941 was given to Irancell but is not in libphonenumber's mobile
/// pattern, so it is listed with its operator and flagged unassigned. To update: edit the rows below, then the table in
/// docs/identifiers.md (a test compares the two).</para>
/// </remarks>
internal static class MobileBlockTable
{
    /// <summary>The rows: first and last block (two digits after 09), operator, whether numbers are assigned.</summary>
    internal static readonly (int First, int Last, MobileOperator Operator, bool Assigned)[] Rows =
    [
        (00, 05, MobileOperator.Irancell, true),
        (10, 19, MobileOperator.HamrahAval, true),
        (20, 23, MobileOperator.Rightel, true),
        (30, 30, MobileOperator.Irancell, true),
        (31, 32, MobileOperator.Unknown, true),
        (33, 33, MobileOperator.Irancell, true),
        (34, 34, MobileOperator.Unknown, true),
        (35, 39, MobileOperator.Irancell, true),
        (41, 41, MobileOperator.Irancell, false),
        (90, 94, MobileOperator.HamrahAval, true),
        (95, 95, MobileOperator.Unknown, true),
        (96, 96, MobileOperator.HamrahAval, true),
        (98, 99, MobileOperator.Unknown, true),
    ];

    /// <summary>Finds the operator and assignment of a national significant number's block.</summary>
    /// <param name="nationalNumber">Ten ASCII digits starting with 9, for example <c>9121234567</c>.</param>
    /// <returns>The operator (or <see cref="MobileOperator.Unknown"/>) and whether the block holds assigned numbers.</returns>
    public static (MobileOperator Operator, bool Assigned) Find(ReadOnlySpan<char> nationalNumber)
    {
        var block = ((nationalNumber[1] - '0') * 10) + (nationalNumber[2] - '0');
        foreach (var row in Rows)
        {
            if (block >= row.First && block <= row.Last)
            {
                return (row.Operator, row.Assigned);
            }
        }

        return (MobileOperator.Unknown, false);
    }
}
