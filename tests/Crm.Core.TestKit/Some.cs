using NodaTime;
using NodaTime.Testing;

namespace Crm.Core.TestKit;

/// <summary>Test data in the Serilog style: <c>Some.Clock()</c>, <c>Some.Instant</c>.</summary>
public static class Some
{
    /// <summary>A fixed instant: 2026-03-21T06:30:00Z (1405/01/01 10:00 in Tehran).</summary>
    public static Instant Instant { get; } = Instant.FromUtc(2026, 3, 21, 6, 30);

    /// <summary>A fake clock at <see cref="Instant"/>.</summary>
    public static FakeClock Clock() => new(Instant);
}
