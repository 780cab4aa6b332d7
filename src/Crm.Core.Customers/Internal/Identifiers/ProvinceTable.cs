namespace Crm.Core.Customers.Internal.Identifiers;

/// <summary>Iran's 31 provinces with their landline area codes.</summary>
/// <remarks>
/// Checked against issue 2's list and libphonenumber's fixed-line pattern for +98
/// (1[137] 2[13-68] 3[1458] 4[145] 5[1468] 6[16] 7[1467] 8[13467]), which gives the same 31 codes.
/// </remarks>
internal static class ProvinceTable
{
    private static readonly IranianProvince[] Provinces =
    [
        new("11", "Mazandaran", "مازندران"),
        new("13", "Gilan", "گیلان"),
        new("17", "Golestan", "گلستان"),
        new("21", "Tehran", "تهران"),
        new("23", "Semnan", "سمنان"),
        new("24", "Zanjan", "زنجان"),
        new("25", "Qom", "قم"),
        new("26", "Alborz", "البرز"),
        new("28", "Qazvin", "قزوین"),
        new("31", "Isfahan", "اصفهان"),
        new("34", "Kerman", "کرمان"),
        new("35", "Yazd", "یزد"),
        new("38", "Chaharmahal and Bakhtiari", "چهارمحال و بختیاری"),
        new("41", "East Azerbaijan", "آذربایجان شرقی"),
        new("44", "West Azerbaijan", "آذربایجان غربی"),
        new("45", "Ardabil", "اردبیل"),
        new("51", "Razavi Khorasan", "خراسان رضوی"),
        new("54", "Sistan and Baluchestan", "سیستان و بلوچستان"),
        new("56", "South Khorasan", "خراسان جنوبی"),
        new("58", "North Khorasan", "خراسان شمالی"),
        new("61", "Khuzestan", "خوزستان"),
        new("66", "Lorestan", "لرستان"),
        new("71", "Fars", "فارس"),
        new("74", "Kohgiluyeh and Boyer-Ahmad", "کهگیلویه و بویراحمد"),
        new("76", "Hormozgan", "هرمزگان"),
        new("77", "Bushehr", "بوشهر"),
        new("81", "Hamadan", "همدان"),
        new("83", "Kermanshah", "کرمانشاه"),
        new("84", "Ilam", "ایلام"),
        new("86", "Markazi", "مرکزی"),
        new("87", "Kurdistan", "کردستان"),
    ];

    public static readonly IReadOnlyList<IranianProvince> ReadOnlyProvinces = Array.AsReadOnly(Provinces);

    /// <summary>Finds a province by its two-digit area code.</summary>
    /// <param name="areaCode">Two characters.</param>
    /// <param name="province">The province, or <c>default</c>.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFind(ReadOnlySpan<char> areaCode, out IranianProvince province)
    {
        foreach (var candidate in Provinces)
        {
            if (areaCode.SequenceEqual(candidate.AreaCode))
            {
                province = candidate;
                return true;
            }
        }

        province = default;
        return false;
    }
}
