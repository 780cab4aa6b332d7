using System.Globalization;
using Crm.Core.Persian;
using NodaTime;
using NodaTime.Text;

namespace Crm.Core.Customers.Internal;

/// <summary>Reads Solar Hijri dates written yyyy/MM/dd with ASCII, Persian or Arabic-Indic digits.</summary>
internal static class PersianDateText
{
    private static readonly LocalDatePattern Pattern = LocalDatePattern
        .Create("uuuu/MM/dd", CultureInfo.InvariantCulture)
        .WithTemplateValue(new LocalDate(1400, 1, 1, CalendarSystem.PersianAstronomical));

    public static bool TryParse(string text, out LocalDate value, out ValidationError? error)
    {
        var result = Pattern.Parse(PersianDigits.ToAscii(text.Trim()));
        if (result.Success)
        {
            value = result.Value;
            error = null;
            return true;
        }

        value = default;
        error = new ValidationError("date", "date.persian", text,
            $"Rule 'date.persian' failed for value '{text}': expected an existing Solar Hijri date written yyyy/MM/dd ({result.Exception.Message.Split('\n')[0].Trim()}).");
        return false;
    }
}
