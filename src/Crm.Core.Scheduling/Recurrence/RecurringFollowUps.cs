using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;

namespace Crm.Core.Scheduling;

/// <summary>Turns a follow-up template and a <see cref="PersianRecurrence"/> into dated follow-ups.</summary>
public static class RecurringFollowUps
{
    /// <summary>Creates one follow-up per occurrence, each with an id of the form <c>templateId-yyyyMMdd</c> (Persian date).</summary>
    /// <param name="template">The follow-up to repeat; its due date is ignored.</param>
    /// <param name="recurrence">The recurrence.</param>
    /// <param name="first">The first occurrence (anchor), in any calendar.</param>
    /// <param name="until">The last date to consider, in any calendar.</param>
    /// <returns>The follow-ups, with <see cref="FollowUpOrigin.Recurrence"/> and the template's id as origin id.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <example><code>RecurringFollowUps.Expand(template, PersianRecurrence.EveryMonths(1, 31), start, end)</code></example>
    public static IEnumerable<FollowUp> Expand(FollowUp template, PersianRecurrence recurrence, LocalDate first, LocalDate until)
    {
        Guard.Against.Null(template);
        Guard.Against.Null(recurrence);
        return recurrence.Occurrences(first, until).Select(date => new FollowUp(
            string.Create(CultureInfo.InvariantCulture, $"{template.Id}-{date.Year:0000}{date.Month:00}{date.Day:00}"),
            template.CustomerId, template.Owner, date, template.Kind, template.Priority, template.Effort, template.Note,
            FollowUpOrigin.Recurrence, template.Id));
    }
}
