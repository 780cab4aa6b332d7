using System.Diagnostics.CodeAnalysis;
using NodaTime;

namespace Crm.Core.Scheduling;

/// <summary>
/// The set of weekdays that are the weekend. Iran's weekend law is in flux: Friday only is the default, Thursday and
/// Friday is common, and any set can be chosen.
/// </summary>
/// <remarks>The default value is the empty set (no weekend day); use <see cref="FridayOnly"/> for Iran's legal default.</remarks>
public readonly record struct WeekendDays
{
    private readonly byte mask;

    private WeekendDays(byte mask) => this.mask = mask;

    /// <summary>Gets the weekend of Friday only (جمعه), Iran's legal default.</summary>
    public static WeekendDays FridayOnly { get; } = Of(IsoDayOfWeek.Friday);

    /// <summary>Gets the weekend of Thursday and Friday, common in Iranian firms and offices.</summary>
    public static WeekendDays ThursdayAndFriday { get; } = Of(IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday);

    /// <summary>Gets the number of weekend days.</summary>
    public int Count => System.Numerics.BitOperations.PopCount(mask);

    /// <summary>Creates a weekend from any set of weekdays.</summary>
    /// <param name="days">The weekend days; duplicates are ignored.</param>
    /// <returns>The weekend.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A day is <see cref="IsoDayOfWeek.None"/> or undefined.</exception>
    /// <example><code>WeekendDays.Of(IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday)</code></example>
    public static WeekendDays Of(params IsoDayOfWeek[] days)
    {
        ArgumentNullException.ThrowIfNull(days);
        byte mask = 0;
        foreach (var day in days)
        {
            if (day is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday)
            {
                throw new ArgumentOutOfRangeException(nameof(days), day, "a weekend day must be Monday to Sunday");
            }

            mask |= (byte)(1 << (int)day);
        }

        return new WeekendDays(mask);
    }

    /// <summary>Tells whether a weekday is part of the weekend.</summary>
    /// <param name="day">The weekday.</param>
    /// <returns><see langword="true"/> for a weekend day.</returns>
    public bool Contains(IsoDayOfWeek day) => (mask & (1 << (int)day)) != 0;

    /// <summary>Lists the weekend days from Saturday (the first day of the Iranian week) to Friday.</summary>
    /// <returns>The days in Iranian week order.</returns>
    public IReadOnlyList<IsoDayOfWeek> Days()
    {
        var self = this;
        return IranianWeek.Where(self.Contains).ToList();
    }

    /// <summary>Reads a weekend such as <c>friday</c>, <c>thursday-friday</c> or <c>thu,fri</c>.</summary>
    /// <param name="text">English day names, full or three letters, case-insensitive, separated by '-', ',', '+' or spaces; or <c>none</c>.</param>
    /// <returns>The weekend.</returns>
    /// <exception cref="FormatException">A name is not a weekday; the message quotes it.</exception>
    /// <example><code>WeekendDays.Parse("thursday-friday") == WeekendDays.ThursdayAndFriday</code></example>
    public static WeekendDays Parse(string text) =>
        TryParse(text, out var result, out var error) ? result : throw new FormatException(error);

    /// <summary>Tries to read a weekend such as <c>friday</c> or <c>thursday-friday</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="result">The weekend when valid.</param>
    /// <returns><see langword="true"/> when every name is a weekday.</returns>
    /// <example><code>WeekendDays.TryParse("fri,sat", out var weekend) // true</code></example>
    public static bool TryParse([NotNullWhen(true)] string? text, out WeekendDays result) => TryParse(text, out result, out _);

    /// <summary>Writes the weekend as lower-case English names joined by '-', in Iranian week order.</summary>
    /// <returns>For example "thursday-friday", or "none".</returns>
    /// <example><code>WeekendDays.ThursdayAndFriday.ToString() // "thursday-friday"</code></example>
    public override string ToString() =>
        Count == 0 ? "none" : string.Join("-", Days().Select(d => d.ToString().ToLowerInvariant()));

    private static readonly IsoDayOfWeek[] IranianWeek =
    [
        IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday, IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday,
        IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday,
    ];

    private static bool TryParse(string? text, out WeekendDays result, out string error)
    {
        result = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "weekend '': expected day names such as 'friday' or 'thursday-friday'";
            return false;
        }

        if (text.Trim().Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            error = string.Empty;
            return true;
        }

        var days = new List<IsoDayOfWeek>();
        foreach (var part in text.Split(['-', ',', '+', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            var day = IranianWeek.FirstOrDefault(d =>
                d.ToString().Equals(part, StringComparison.OrdinalIgnoreCase)
                || (part.Length == 3 && d.ToString().StartsWith(part, StringComparison.OrdinalIgnoreCase)));
            if (day == IsoDayOfWeek.None)
            {
                error = $"weekend '{text}': '{part}' is not a weekday name (expected e.g. 'friday' or 'thursday-friday')";
                return false;
            }

            days.Add(day);
        }

        if (days.Distinct().Count() == 7)
        {
            error = $"weekend '{text}': all seven days would leave no working day";
            return false;
        }

        result = Of([.. days]);
        error = string.Empty;
        return true;
    }
}
