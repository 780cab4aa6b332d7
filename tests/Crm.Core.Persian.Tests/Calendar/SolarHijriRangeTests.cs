using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Crm.Core.Persian.Tests.Calendar;

/// <summary>Dates the Persian calendar cannot hold (issue 18): a clear error in the library's words, never NodaTime's
/// "Value should be in range [-492267-2932607] (Parameter 'daysSinceEpoch')", and TryFormat never throws.</summary>
public class SolarHijriRangeTests
{
    [Theory]
    [InlineData(9999, 12, 31)]
    [InlineData(1, 1, 1)]
    [InlineData(622, 3, 21)]
    [InlineData(-9998, 1, 1)]
    public void From_OutsideThePersianCalendar_NamesTheDateAndTheRange(int year, int month, int day)
    {
        var date = new LocalDate(year, month, day);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => SolarHijri.From(date));

        Assert.Contains($"{year:0000}-{month:00}-{day:00}", error.Message, StringComparison.Ordinal);
        Assert.Contains("0622-03-22", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("daysSinceEpoch", error.Message, StringComparison.Ordinal);
        Assert.False(SolarHijri.Contains(date));
        Assert.False(PersianDateFormat.TryFormat(date, stackalloc char[10], out var written));
        Assert.Equal(0, written);
    }

    [Property(MaxTest = 500)]
    public Property Contains_AgreesWithFromAndTryFormat()
    {
        var gen = from days in Gen.Choose(-4_000_000, 2_932_896)
                  select new LocalDate(1970, 1, 1).PlusDays(days);
        return Prop.ForAll(gen.ToArbitrary(), date =>
        {
            var inside = SolarHijri.Contains(date);
            var converted = true;
            try
            {
                _ = SolarHijri.From(date);
            }
            catch (ArgumentOutOfRangeException)
            {
                converted = false;
            }

            var formatted = PersianDateFormat.TryFormat(date, new char[10], out _);
            return (inside == converted && inside == formatted).Label($"{date}: contains {inside}, from {converted}, tryFormat {formatted}");
        });
    }
}
