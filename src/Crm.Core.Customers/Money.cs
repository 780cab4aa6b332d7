using System.Globalization;

namespace Crm.Core.Customers;

/// <summary>An amount of money in one ISO 4217 currency. Iranian rial (<c>IRR</c>) is the default currency.</summary>
/// <remarks>
/// The toman is not an ISO currency: it is a display unit worth 10 rials (see <see cref="ToTomanString"/>).
/// <c>default(Money)</c> is zero in an empty currency; use <see cref="Zero"/> for a typed zero.
/// </remarks>
public readonly record struct Money
{
    /// <summary>The ISO 4217 code of the Iranian rial.</summary>
    public const string Rial = "IRR";

    /// <summary>Creates an amount in the given currency.</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="currency">A three-letter ISO 4217 code in upper case, for example <c>IRR</c> or <c>USD</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is not three upper-case ASCII letters.</exception>
    public Money(decimal amount, string currency = Rial)
    {
        if (!IsIsoCode(currency))
        {
            throw new ArgumentException($"Currency '{currency}' is not a three-letter upper-case ISO 4217 code.", nameof(currency));
        }

        Amount = amount;
        Currency = currency;
    }

    /// <summary>Gets the amount.</summary>
    public decimal Amount { get; }

    /// <summary>Gets the ISO 4217 currency code.</summary>
    public string Currency { get => field ?? string.Empty; }

    /// <summary>Returns zero in the given currency.</summary>
    /// <param name="currency">A three-letter ISO 4217 code.</param>
    /// <returns>A zero amount.</returns>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is not a three-letter upper-case ISO 4217 code.</exception>
    public static Money Zero(string currency = Rial) => new(0m, currency);

    /// <summary>Creates an amount in Iranian rials.</summary>
    /// <param name="amount">The amount in rials.</param>
    /// <returns>The amount.</returns>
    public static Money FromRials(decimal amount) => new(amount, Rial);

    /// <summary>Creates an amount in Iranian rials from a toman amount (1 toman = 10 rials).</summary>
    /// <param name="tomans">The amount in tomans.</param>
    /// <returns>The amount in rials.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Ten times <paramref name="tomans"/> does not fit in a <see cref="decimal"/>.</exception>
    public static Money FromTomans(decimal tomans) =>
        Math.Abs(tomans) <= decimal.MaxValue / 10m
            ? new(tomans * 10m, Rial)
            : throw new ArgumentOutOfRangeException(nameof(tomans), tomans, "The amount in tomans is too large to express in rials (ten times it exceeds the decimal range).");

    /// <summary>Adds two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    public static Money operator +(Money left, Money right)
    {
        if (!string.Equals(left.Currency, right.Currency, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Cannot add {left.Currency} and {right.Currency}.");
        }

        return new Money(left.Amount + right.Amount, left.Currency);
    }

    /// <summary>Adds two amounts of the same currency.</summary>
    /// <param name="other">The amount to add.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    public Money Add(Money other) => this + other;

    /// <summary>Formats the amount of a rial value in tomans, with invariant grouping, e.g. <c>"1,250,000 تومان"</c>.</summary>
    /// <returns>The amount divided by ten, followed by «تومان».</returns>
    /// <exception cref="InvalidOperationException">The currency is not IRR.</exception>
    /// <example><code>Money.FromRials(12_500_000m).ToTomanString() // "1,250,000 تومان"</code></example>
    public string ToTomanString()
    {
        if (!string.Equals(Currency, Rial, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Only IRR amounts can be shown in tomans, not {Currency}.");
        }

        return (Amount / 10m).ToString("#,0.##", CultureInfo.InvariantCulture) + " تومان";
    }

    /// <summary>
    /// Formats an IRR amount in tomans the way Persian text writes it: Persian digits, the Arabic thousands separator
    /// (U+066C) and decimal separator (U+066B), at most two decimals, then «تومان». The result does not depend on the
    /// current culture.
    /// </summary>
    /// <returns>The amount in tomans, for example «۱٬۲۵۰٬۰۰۰ تومان» or «۱٬۲۳۴٫۵ تومان».</returns>
    /// <exception cref="InvalidOperationException">The currency is not IRR.</exception>
    /// <example><code>Money.FromRials(12_345m).ToPersianTomanString() // "۱٬۲۳۴٫۵ تومان"</code></example>
    public string ToPersianTomanString()
    {
        var latin = ToTomanString();
        return Persian(latin[..latin.LastIndexOf(' ')]) + " تومان";
    }

    /// <summary>Formats an IRR amount in rials with Persian digits and separators, then «ریال»; culture-independent.</summary>
    /// <returns>The amount in rials, for example «۱۲٬۵۰۰٬۰۰۰ ریال».</returns>
    /// <exception cref="InvalidOperationException">The currency is not IRR.</exception>
    public string ToPersianRialString()
    {
        if (!string.Equals(Currency, Rial, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Only IRR amounts can be shown in rials, not {Currency}.");
        }

        return Persian(Amount.ToString("#,0.##", CultureInfo.InvariantCulture)) + " ریال";
    }

    /// <summary>Formats the amount with its currency code in invariant culture, e.g. <c>"12500000 IRR"</c>.</summary>
    /// <returns>The amount and the currency code.</returns>
    public override string ToString() => Amount.ToString(CultureInfo.InvariantCulture) + " " + Currency;

    // Invariant "1,234.5" to Persian "۱٬۲۳۴٫۵": digits, thousands separator U+066C, decimal separator U+066B.
    private static string Persian(string invariant) =>
        Crm.Core.Persian.PersianDigits.ToPersian(invariant.Replace(',', '\u066C').Replace('.', '\u066B'));

    private static bool IsIsoCode(string? code) =>
        code is { Length: 3 } && char.IsAsciiLetterUpper(code[0]) && char.IsAsciiLetterUpper(code[1]) && char.IsAsciiLetterUpper(code[2]);
}
