using System.Diagnostics.CodeAnalysis;
using Crm.Core.Customers.Internal.Identifiers;
using Crm.Core.Persian;

namespace Crm.Core.Customers;

/// <summary>Represents one of Iran's 31 provinces (استان), with its English and Persian names and landline area code.</summary>
/// <remarks>
/// <para>Instances come from <see cref="All"/> and <see cref="TryFromAreaCode"/>; two provinces are equal when all three
/// properties are equal. <c>default(IranianProvince)</c> has empty names and area code and is not in <see cref="All"/>.</para>
/// <para>The area codes are those of Iran's national numbering plan (for example 21 Tehran, 26 Alborz, 11 Mazandaran);
/// docs/identifiers.md lists them all.</para>
/// </remarks>
public readonly record struct IranianProvince
{
    private readonly string? _englishName;
    private readonly string? _persianName;
    private readonly string? _areaCode;

    internal IranianProvince(string areaCode, string englishName, string persianName)
    {
        _areaCode = areaCode;
        _englishName = englishName;
        _persianName = persianName;
    }

    /// <summary>Gets every province, ordered by area code.</summary>
    public static IReadOnlyList<IranianProvince> All => ProvinceTable.ReadOnlyProvinces;

    /// <summary>Gets the English name, for example <c>East Azerbaijan</c>; empty for <c>default</c>.</summary>
    public string EnglishName => _englishName ?? string.Empty;

    /// <summary>Gets the Persian name, for example <c>آذربایجان شرقی</c>; empty for <c>default</c>.</summary>
    public string PersianName => _persianName ?? string.Empty;

    /// <summary>Gets the two-digit landline area code without the trunk 0, for example <c>41</c>; empty for <c>default</c>.</summary>
    public string AreaCode => _areaCode ?? string.Empty;

    /// <summary>Finds the province of a landline area code.</summary>
    /// <param name="areaCode">Two digits (ASCII, Persian or Arabic-Indic) with or without the trunk 0, for example
    /// <c>21</c>, <c>021</c> or <c>۰۲۱</c>; may be <see langword="null"/>.</param>
    /// <param name="province">The province when the code is one of the 31 area codes; otherwise <c>default</c>.</param>
    /// <returns><see langword="true"/> when the code is a provincial area code.</returns>
    /// <example><code>IranianProvince.TryFromAreaCode("021", out var p) // true, p.EnglishName == "Tehran"</code></example>
    public static bool TryFromAreaCode([NotNullWhen(true)] string? areaCode, out IranianProvince province)
    {
        province = default;
        if (areaCode is null)
        {
            return false;
        }

        var code = PersianDigits.ToAscii(areaCode).AsSpan().Trim();
        if (code.Length == 3 && code[0] == '0')
        {
            code = code[1..];
        }

        return code.Length == 2 && ProvinceTable.TryFind(code, out province);
    }

    /// <summary>Returns the English name.</summary>
    /// <returns><see cref="EnglishName"/>.</returns>
    /// <example><code>IranianProvince.All[0].ToString() // "Mazandaran"</code></example>
    public override string ToString() => EnglishName;
}
