using System.Globalization;
using Ardalis.GuardClauses;
using Crm.Core.Customers;
using NodaTime;

namespace Crm.Core.Segmentation;

/// <summary>
/// Purchases stored column by column for bulk work: a customer index, an ISO day number and an amount per purchase,
/// with the customer codes and currencies held once in lookup tables.
/// </summary>
/// <remarks>Day numbers are <see cref="DateOnly.DayNumber"/> values (days since 0001-01-01 in the ISO calendar).</remarks>
public sealed class PurchaseColumns
{
    private readonly int[] _customerIndex;
    private readonly int[] _dayNumber;
    private readonly decimal[] _amount;
    private readonly byte[] _currencyIndex;

    /// <summary>Creates columns from arrays built by the caller (for example a loader of millions of rows); the arrays are not copied.</summary>
    /// <param name="customers">The distinct customers; <paramref name="customerIndex"/> points into this list.</param>
    /// <param name="customerIndex">The customer of each purchase.</param>
    /// <param name="dayNumber">The ISO day number of each purchase.</param>
    /// <param name="amount">The amount of each purchase.</param>
    /// <param name="currency">The ISO 4217 currency of every amount.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The columns differ in length, an index is outside <paramref name="customers"/>, or a
    /// day number is outside <see cref="DateOnly"/>'s range.</exception>
    public PurchaseColumns(IReadOnlyList<CustomerCode> customers, int[] customerIndex, int[] dayNumber, decimal[] amount, string currency = Money.Rial)
        : this(customers, customerIndex, dayNumber, amount, new byte[Guard.Against.Null(customerIndex).Length], [new Money(0m, currency).Currency])
    {
    }

    /// <summary>Creates columns with a currency per purchase (the importer and <see cref="From"/>); the arrays are not copied.</summary>
    internal PurchaseColumns(IReadOnlyList<CustomerCode> customers, int[] customerIndex, int[] dayNumber, decimal[] amount, byte[] currencyIndex, string[] currencies)
    {
        Guard.Against.Null(customers);
        Guard.Against.Null(customerIndex);
        Guard.Against.Null(dayNumber);
        Guard.Against.Null(amount);
        if (dayNumber.Length != customerIndex.Length || amount.Length != customerIndex.Length)
        {
            throw new ArgumentException("Customer, day and amount columns must have the same length.", nameof(dayNumber));
        }

        foreach (var i in customerIndex)
        {
            if ((uint)i >= (uint)customers.Count)
            {
                throw new ArgumentException($"Customer index {i} is outside the {customers.Count} customers.", nameof(customerIndex));
            }
        }

        var maxDay = DateOnly.MaxValue.DayNumber;
        for (var i = 0; i < dayNumber.Length; i++)
        {
            if (dayNumber[i] < 0 || dayNumber[i] > maxDay)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Day number {dayNumber[i]} of purchase {i} is not a DateOnly day number (0 for 0001-01-01 to {maxDay} for 9999-12-31)."),
                    nameof(dayNumber));
            }
        }

        Customers = customers;
        _customerIndex = customerIndex;
        _dayNumber = dayNumber;
        _amount = amount;
        _currencyIndex = currencyIndex;
        Currencies = currencies;
    }

    /// <summary>Gets the distinct customers, in order of first appearance.</summary>
    public IReadOnlyList<CustomerCode> Customers { get; }

    /// <summary>Gets the distinct currencies; <see cref="CurrencyIndex"/> points into this list.</summary>
    public IReadOnlyList<string> Currencies { get; }

    /// <summary>Gets the number of purchases.</summary>
    public int Count => _customerIndex.Length;

    /// <summary>Gets the customer of each purchase, as an index into <see cref="Customers"/>.</summary>
    public ReadOnlySpan<int> CustomerIndex => _customerIndex;

    /// <summary>Gets the ISO day number of each purchase.</summary>
    public ReadOnlySpan<int> DayNumber => _dayNumber;

    /// <summary>Gets the amount of each purchase.</summary>
    public ReadOnlySpan<decimal> Amount => _amount;

    /// <summary>Gets the customer column itself, for bulk work inside the package.</summary>
    internal int[] CustomerIndexArray => _customerIndex;

    /// <summary>Gets the day column itself, for bulk work inside the package.</summary>
    internal int[] DayNumberArray => _dayNumber;

    /// <summary>Gets the amount column itself, for bulk work inside the package.</summary>
    internal decimal[] AmountArray => _amount;

    /// <summary>Gets the currency of each purchase, as an index into <see cref="Currencies"/>.</summary>
    public ReadOnlySpan<byte> CurrencyIndex => _currencyIndex;

    /// <summary>Copies purchases into columns, converting dates of any calendar to ISO day numbers.</summary>
    /// <param name="purchases">The purchases.</param>
    /// <returns>The columns.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="purchases"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The purchases use more than 255 currencies.</exception>
    public static PurchaseColumns From(IEnumerable<Purchase> purchases)
    {
        Guard.Against.Null(purchases);
        var customers = new List<CustomerCode>();
        var lookup = new Dictionary<CustomerCode, int>();
        var currencies = new List<string>();
        var index = new List<int>();
        var days = new List<int>();
        var amounts = new List<decimal>();
        var currencyIndex = new List<byte>();
        foreach (var p in purchases)
        {
            if (!lookup.TryGetValue(p.CustomerId, out var id))
            {
                id = customers.Count;
                lookup.Add(p.CustomerId, id);
                customers.Add(p.CustomerId);
            }

            var c = currencies.IndexOf(p.Amount.Currency);
            if (c < 0)
            {
                if (currencies.Count == byte.MaxValue)
                {
                    throw new ArgumentException("Purchases in more than 255 currencies are not supported.", nameof(purchases));
                }

                c = currencies.Count;
                currencies.Add(p.Amount.Currency);
            }

            index.Add(id);
            days.Add(p.Date.WithCalendar(CalendarSystem.Iso).ToDateOnly().DayNumber);
            amounts.Add(p.Amount.Amount);
            currencyIndex.Add((byte)c);
        }

        if (currencies.Count == 0)
        {
            currencies.Add(Money.Rial);
        }

        return new PurchaseColumns(customers, [.. index], [.. days], [.. amounts], [.. currencyIndex], [.. currencies]);
    }
}
