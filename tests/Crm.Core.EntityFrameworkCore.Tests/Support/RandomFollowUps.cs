using Crm.Core.Customers;
using Crm.Core.Persian;
using Crm.Core.Scheduling;
using NodaTime;

namespace Crm.Core.EntityFrameworkCore.Tests.Support;

/// <summary>
/// Builds random follow-ups from a seed through the scheduling package's public methods only: every kind and origin,
/// priorities, efforts to the nanosecond, notes in Persian and Latin text (with quotes, SQL and RTL marks), dossiers
/// filed under a month, hand-overs (once or twice) and refiled dates, due on Persian dates across the years 1399 to
/// 1410, Esfand 30 of the leap years 1403 and 1408 among them, entered in the Persian or the ISO calendar.
/// </summary>
public sealed class RandomFollowUps(int seed)
{
    public static readonly string[] Owners = ["ali", "sara", "رضا"];
    private static readonly string[] Words = ["تماس", "پیش‌فاکتور", "O'Brien", "x'; DROP TABLE t; --", "\u200fنیما", "Zoë", "پیگیری\nخط دوم", "قیمت", ""];
    private readonly Random _random = new(seed);

    /// <summary>Gets the random source, for choices a test makes around the follow-ups.</summary>
    public Random Random => _random;

    /// <summary>A random follow-up with the given id, owned by one of <see cref="Owners"/>.</summary>
    public FollowUp Create(string id) => Create(id, DueDate());

    /// <summary>A random follow-up due on (or filed under the month of) a given date.</summary>
    public FollowUp Create(string id, LocalDate due)
    {
        var owner = Owner();
        var customer = CustomerCode.Parse("C-" + _random.Next(1, 60));
        FollowUp followUp;
        if (_random.Next(5) == 0)
        {
            var persian = SolarHijri.From(due);
            followUp = FollowUp.FiledUnderMonth(id, customer, owner, persian.Year, persian.Month, Kind(), _random.Next(1, 6), Maybe(Note));
        }
        else
        {
            var input = _random.Next(2) == 0 ? due : due.WithCalendar(CalendarSystem.Iso);
            followUp = new FollowUp(id, customer, owner, input, Kind(), _random.Next(1, 6), Effort(), Maybe(Note),
                (FollowUpOrigin)_random.Next(4), _random.Next(2) == 0 ? null : "o-" + _random.Next(1000));
        }

        for (var handOvers = _random.Next(4) - 1; handOvers > 0; handOvers--)
        {
            followUp = followUp.HandOverTo(Owner());
        }

        if (_random.Next(6) == 0)
        {
            followUp = followUp.Refile(SolarHijri.From(due).PlusDays(_random.Next(0, 30)), Maybe(Note));
        }

        return followUp;
    }

    /// <summary>A Persian date from 1399 to 1410; one in five is Esfand 30 of 1403 or 1408 (leap years).</summary>
    public LocalDate DueDate()
    {
        if (_random.Next(5) == 0)
        {
            return SolarHijri.Date(_random.Next(2) == 0 ? 1403 : 1408, 12, 30);
        }

        var year = _random.Next(1399, 1411);
        var month = _random.Next(1, 13);
        return SolarHijri.Date(year, month, _random.Next(1, SolarHijri.DaysInMonth(year, month) + 1));
    }

    public string Owner() => Owners[_random.Next(Owners.Length)];

    private FollowUpKind Kind() => (FollowUpKind)_random.Next(7);

    private Duration? Effort() => _random.Next(4) switch
    {
        0 => null,
        1 => Duration.Zero,
        2 => Duration.FromMinutes(_random.Next(1, 240)),
        _ => Duration.FromNanoseconds(_random.NextInt64(0, 10_000_000_000_000)),
    };

    private string Note() => string.Join(" ", Enumerable.Range(0, _random.Next(1, 4)).Select(_ => Words[_random.Next(Words.Length)]));

    private string? Maybe(Func<string> make) => _random.Next(3) == 0 ? null : make();
}
