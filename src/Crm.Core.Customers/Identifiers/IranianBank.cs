using Crm.Core.Customers.Internal.Identifiers;

namespace Crm.Core.Customers;

/// <summary>Represents an Iranian bank or credit institution, as named by a card number's prefix or a Sheba's bank code.</summary>
/// <remarks>
/// <para>Instances come from <see cref="BankCardNumber.Bank"/>, <see cref="Sheba.Bank"/> and <see cref="All"/>. A prefix
/// or code that is not in the table gives <see cref="Unknown"/> (which is <c>default(IranianBank)</c>): the library
/// never guesses. docs/identifiers.md lists the table with its sources and date.</para>
/// <para>Display data: banks merge and card ranges move between them, so never route payments by it.</para>
/// </remarks>
public readonly record struct IranianBank
{
    private readonly string? _id;
    private readonly string? _englishName;
    private readonly string? _persianName;
    private readonly string? _shebaCode;
    private readonly string[]? _cardPrefixes;

    internal IranianBank(string id, string englishName, string persianName, string shebaCode, string[] cardPrefixes)
    {
        _id = id;
        _englishName = englishName;
        _persianName = persianName;
        _shebaCode = shebaCode;
        _cardPrefixes = cardPrefixes;
    }

    /// <summary>Gets the unknown bank: what an unlisted card prefix or Sheba code gives; equal to <c>default</c>.</summary>
    public static IranianBank Unknown => default;

    /// <summary>Gets every listed bank, ordered by Sheba bank code.</summary>
    public static IReadOnlyList<IranianBank> All { get; } = Array.AsReadOnly(BankTable.Banks);

    /// <summary>Gets whether the bank is listed; <see langword="false"/> for <see cref="Unknown"/>.</summary>
    public bool IsKnown => _id is not null;

    /// <summary>Gets a stable lower-case id, for example <c>melli</c>; <c>unknown</c> for <see cref="Unknown"/>.</summary>
    public string Id => _id ?? "unknown";

    /// <summary>Gets the English name, for example <c>Bank Melli Iran</c>; <c>Unknown</c> for <see cref="Unknown"/>.</summary>
    public string EnglishName => _englishName ?? "Unknown";

    /// <summary>Gets the Persian name, for example <c>بانک ملی ایران</c>; <c>نامشخص</c> for <see cref="Unknown"/>.</summary>
    public string PersianName => _persianName ?? "نامشخص";

    /// <summary>Gets the three-digit bank code of the bank's Sheba numbers, for example <c>017</c>; empty for <see cref="Unknown"/>.</summary>
    public string ShebaCode => _shebaCode ?? string.Empty;

    /// <summary>Gets the six-digit card prefixes (BINs) of the bank's cards; empty for <see cref="Unknown"/>.</summary>
    public IReadOnlyList<string> CardPrefixes => _cardPrefixes ?? [];

    /// <summary>Tells whether two banks are the same bank: equal <see cref="Id"/>s.</summary>
    /// <param name="other">The other bank.</param>
    /// <returns><see langword="true"/> when the ids are equal.</returns>
    public bool Equals(IranianBank other) => string.Equals(_id, other._id, StringComparison.Ordinal);

    /// <summary>Returns a hash code of the <see cref="Id"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => _id is null ? 0 : StringComparer.Ordinal.GetHashCode(_id);

    /// <summary>Returns the English name.</summary>
    /// <returns><see cref="EnglishName"/>.</returns>
    /// <example><code>BankCardNumber.Parse("6037-9975-9924-6801").Bank.ToString() // "Bank Melli Iran"</code></example>
    public override string ToString() => EnglishName;
}
