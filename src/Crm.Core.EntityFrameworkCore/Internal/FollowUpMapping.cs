using Crm.Core.Customers;
using Crm.Core.Persian;
using Crm.Core.Scheduling;
using NodaTime;

namespace Crm.Core.EntityFrameworkCore.Internal;

/// <summary>Copies follow-ups into their stored columns and rebuilds them (<see cref="FollowUp.Rehydrate"/>): the due
/// date is stored as an ISO date and comes back as the same Persian date; the customer code is stored as its canonical
/// text (<see cref="CustomerCode.Value"/>) and parsed back.</summary>
internal static class FollowUpMapping
{
    public static void Write(FollowUp followUp, FollowUpColumns row)
    {
        row.FollowUpId = followUp.Id;
        row.CustomerId = followUp.CustomerId.Value;
        row.Owner = followUp.Owner;
        row.Due = StoredValues.IsoDate(followUp.Due);
        row.DuePersian = PersianNumber(followUp.Due);
        row.FiledUnderMonth = followUp.IsFiledUnderMonth;
        row.Kind = followUp.Kind;
        row.Priority = followUp.Priority;
        row.EffortNanoseconds = Nanoseconds(followUp);
        row.Note = followUp.Note;
        row.Origin = followUp.Origin;
        row.OriginId = followUp.OriginId;
        row.HandedOverFrom = followUp.HandedOverFrom;
    }

    public static FollowUp Read(FollowUpColumns row)
    {
        if (!CustomerCode.TryParse(row.CustomerId, out var customer, out var error))
        {
            throw new InvalidOperationException($"Follow-up '{row.FollowUpId}' could not be loaded: field customerId: {error.Message}");
        }

        try
        {
            return FollowUp.Rehydrate(row.FollowUpId, customer, row.Owner, Persian(row.Due), row.FiledUnderMonth, row.Kind,
                row.Priority, Duration.FromNanoseconds(row.EffortNanoseconds), row.Note, row.Origin, row.OriginId, row.HandedOverFrom);
        }
        catch (ArgumentException e)
        {
            throw new InvalidOperationException($"Follow-up '{row.FollowUpId}' could not be loaded: {e.Message}", e);
        }
    }

    /// <summary>The Persian date of a stored ISO date.</summary>
    public static LocalDate Persian(DateOnly iso) => SolarHijri.From(LocalDate.FromDateOnly(iso));

    /// <summary>A date as Solar Hijri <c>yyyymmdd</c>.</summary>
    public static int PersianNumber(LocalDate date)
    {
        var persian = SolarHijri.From(date);
        return (persian.Year * 10_000) + (persian.Month * 100) + persian.Day;
    }

    private static long Nanoseconds(FollowUp followUp)
    {
        try
        {
            return followUp.Effort.ToInt64Nanoseconds();
        }
        catch (OverflowException e)
        {
            throw new ArgumentOutOfRangeException(nameof(followUp), followUp.Effort,
                $"Follow-up '{followUp.Id}': an effort of more than 292 years cannot be stored. {e.Message}");
        }
    }
}
