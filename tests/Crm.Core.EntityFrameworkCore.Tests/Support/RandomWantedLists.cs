using System.Globalization;
using Crm.Core.Customers;
using Crm.Core.Segmentation;
using Crm.Core.TestKit;
using NodaTime;

namespace Crm.Core.EntityFrameworkCore.Tests.Support;

/// <summary>
/// Builds random wanted lists from a seed through the segmentation package's public methods only: random nominate, won
/// and drop sequences over fifteen customers, heavy priority ties (negative and fractional priorities too), notes with
/// quotes, SQL and RTL marks. Instants are whole microseconds (the stored precision) and not always increasing.
/// </summary>
public sealed class RandomWantedLists(int seed)
{
    private static readonly string[] Notes = ["امضا شد", "O'Brien", "x'; DROP TABLE t; --", "\u200fبودجه ندارد", "Zoë"];
    private static readonly decimal[] Priorities = [0m, 1m, 1m, 5m, 12.5m, -3m, 99.9999m, 1234567890.1234m];
    private readonly Random _random = new(seed);
    private long _micros;

    /// <summary>A new list with a random capacity after a random sequence of steps.</summary>
    public WantedList Create(string name)
    {
        var list = new WantedList(name, _random.Next(1, 6));
        Change(list, _random.Next(0, 40));
        return list;
    }

    /// <summary>Applies random steps: nominate, mark won, drop (targets and candidates, and customers not on the list).</summary>
    public void Change(WantedList list, int steps)
    {
        for (var i = 0; i < steps; i++)
        {
            var customer = CustomerCode.Parse("T" + _random.Next(15).ToString(CultureInfo.InvariantCulture));
            _ = _random.Next(4) switch
            {
                0 or 1 => list.Nominate(customer, Priorities[_random.Next(Priorities.Length)], Stamp(), Maybe()),
                2 => list.MarkWon(customer, Stamp(), Maybe()),
                _ => list.Drop(customer, Notes[_random.Next(Notes.Length)], Stamp()),
            };
        }
    }

    public ChangeStamp Stamp() => new(_random.Next(2) == 0 ? "sara" : "رضا", Instant());

    // Mostly forward in time, sometimes backwards (stamps come from the caller), always whole microseconds.
    private Instant Instant() => Some.Instant + Duration.FromNanoseconds((_micros += _random.Next(-5_000_000, 60_000_000)) * 1000L);

    private string? Maybe() => _random.Next(2) == 0 ? null : Notes[_random.Next(Notes.Length)];
}
