namespace Crm.Core.Scheduling;

/// <summary>
/// Thrown under <see cref="MissingLunarDataPolicy.Throw"/> when a question needs the lunar holidays of a Persian year that
/// Iran's official lunar month table does not cover, so the answer would otherwise rest on predicted holidays.
/// </summary>
public sealed class LunarHolidayDataMissingException : InvalidOperationException
{
    /// <summary>Creates the exception for a year.</summary>
    /// <param name="persianYear">The Persian year without lunar data.</param>
    /// <param name="coveredYears">A description of the years that are covered, for the message.</param>
    public LunarHolidayDataMissingException(int persianYear, string coveredYears)
        : base($"Lunar holiday data is missing for Persian year {persianYear}: Iran's lunar month table covers {coveredYears}. " +
               "Load the year's official month starts (IranHolidayCalendar.WithHijriMonthStarts or a holiday feed), or choose MissingLunarDataPolicy.Predict (provisional holidays) or SolarAndCustomOnly.")
    {
        PersianYear = persianYear;
    }

    /// <summary>Creates the exception with a message only (for serializers and tests).</summary>
    public LunarHolidayDataMissingException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public LunarHolidayDataMissingException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public LunarHolidayDataMissingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the Persian year that has no lunar data (0 when not set).</summary>
    public int PersianYear { get; }
}
