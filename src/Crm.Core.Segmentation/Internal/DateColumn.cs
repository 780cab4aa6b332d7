namespace Crm.Core.Segmentation.Internal;

/// <summary>Dates per row as ISO day numbers (<see cref="Missing"/> when absent), with their Persian year, month and day.</summary>
internal sealed class DateColumn(int[] days, short[] persianYear, byte[] persianMonth, byte[] persianDay)
{
    public const int Missing = int.MinValue;

    public int[] Days { get; } = days;

    public short[] PersianYear { get; } = persianYear;

    public byte[] PersianMonth { get; } = persianMonth;

    public byte[] PersianDay { get; } = persianDay;

    public static DateColumn Build(IReadOnlyList<CustomerFacts> facts, Func<CustomerFacts, NodaTime.LocalDate?> read)
    {
        var n = facts.Count;
        var days = new int[n];
        var py = new short[n];
        var pm = new byte[n];
        var pd = new byte[n];
        for (var i = 0; i < n; i++)
        {
            if (CompiledCondition.DayNumber(read(facts[i])) is not { } d)
            {
                days[i] = Missing;
                continue;
            }

            days[i] = d;
            var (y, m, day) = DateEnv.Persian(d);
            py[i] = (short)y;
            pm[i] = (byte)m;
            pd[i] = (byte)day;
        }

        return new DateColumn(days, py, pm, pd);
    }
}
