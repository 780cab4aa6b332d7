using Crm.Core.Scheduling.Internal;
using Ardalis.GuardClauses;
using Crm.Core.Persian;
using NodaTime;

namespace Crm.Core.Scheduling;

/// <summary>
/// A customer's dossier filed under the date of the next agreed contact: who, what, when, how urgent, by whom, how long
/// it takes, the note that carries the context, and where it came from.
/// </summary>
/// <remarks>Immutable: the change methods return a new follow-up with the same <see cref="Id"/>.</remarks>
public sealed class FollowUp
{
    /// <summary>Creates a follow-up due on a date.</summary>
    /// <param name="id">A unique id, for example from the host system.</param>
    /// <param name="customerId">The customer code.</param>
    /// <param name="owner">The member of staff responsible.</param>
    /// <param name="due">The agreed date, in any calendar (kept as a Persian date).</param>
    /// <param name="kind">The kind of contact.</param>
    /// <param name="priority">1 (most urgent) to 5 (least urgent); 3 by default.</param>
    /// <param name="effort">The estimated effort; 15 minutes when <see langword="null"/>.</param>
    /// <param name="note">The context for the next contact.</param>
    /// <param name="origin">Where the follow-up came from.</param>
    /// <param name="originId">The id of the interaction, recurrence or occasion it came from, if any.</param>
    /// <exception cref="ArgumentException">An id, customer or owner is blank, the priority is not 1–5, the effort is negative, or the due date is outside the Persian calendar (622-03-22 to 9999-03-20 CE; <see cref="ArgumentOutOfRangeException"/> naming the date).</exception>
    public FollowUp(string id, string customerId, string owner, LocalDate due, FollowUpKind kind = FollowUpKind.Call,
        int priority = 3, Duration? effort = null, string? note = null, FollowUpOrigin origin = FollowUpOrigin.Manual, string? originId = null)
    {
        Id = Guard.Against.NullOrWhiteSpace(id);
        CustomerId = Guard.Against.NullOrWhiteSpace(customerId);
        Owner = Guard.Against.NullOrWhiteSpace(owner);
        Priority = Guard.Against.OutOfRange(priority, nameof(priority), 1, 5, "Priority must be 1 (most urgent) to 5.");
        Effort = effort ?? Duration.FromMinutes(15);
        Guard.Against.Negative(Effort.TotalMinutes, nameof(effort));
        Due = PersianDates.Checked(due, nameof(due));
        Kind = kind;
        Note = note ?? string.Empty;
        Origin = origin;
        OriginId = originId;
    }

    /// <summary>Gets the unique id.</summary>
    public string Id { get; }

    /// <summary>Gets the customer code.</summary>
    public string CustomerId { get; }

    /// <summary>Gets the member of staff responsible.</summary>
    public string Owner { get; private init; }

    /// <summary>Gets the due date, as a Persian date (for a dossier filed under a month: the first day of that month).</summary>
    public LocalDate Due { get; private init; }

    /// <summary>Gets a value indicating whether the dossier is filed under a month rather than a day.</summary>
    public bool IsFiledUnderMonth { get; private init; }

    /// <summary>Gets the kind of contact.</summary>
    public FollowUpKind Kind { get; }

    /// <summary>Gets the priority, 1 (most urgent) to 5.</summary>
    public int Priority { get; }

    /// <summary>Gets the estimated effort.</summary>
    public Duration Effort { get; }

    /// <summary>Gets the note that carries the context.</summary>
    public string Note { get; private init; }

    /// <summary>Gets where the follow-up came from.</summary>
    public FollowUpOrigin Origin { get; }

    /// <summary>Gets the id of what the follow-up came from, if any.</summary>
    public string? OriginId { get; }

    /// <summary>Gets the previous owner when the follow-up was handed over during an absence.</summary>
    public string? HandedOverFrom { get; private init; }

    /// <summary>Creates a follow-up filed under a Persian month ("call in Tir"), spread over that month's working days
    /// when the month is planned.</summary>
    /// <param name="id">A unique id.</param>
    /// <param name="customerId">The customer code.</param>
    /// <param name="owner">The member of staff responsible.</param>
    /// <param name="persianYear">The Persian year.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <param name="kind">The kind of contact.</param>
    /// <param name="priority">1 (most urgent) to 5.</param>
    /// <param name="note">The context.</param>
    /// <returns>The follow-up.</returns>
    /// <exception cref="ArgumentException">An argument is invalid.</exception>
    public static FollowUp FiledUnderMonth(string id, string customerId, string owner, int persianYear, int month,
        FollowUpKind kind = FollowUpKind.Call, int priority = 3, string? note = null) =>
        new(id, customerId, owner, SolarHijri.FirstDayOfMonth(persianYear, month), kind, priority, null, note) { IsFiledUnderMonth = true };

    /// <summary>Returns the follow-up handed over to a colleague, keeping the note and the whole context.</summary>
    /// <param name="colleague">The new owner.</param>
    /// <returns>A copy owned by <paramref name="colleague"/> with <see cref="HandedOverFrom"/> set.</returns>
    /// <exception cref="ArgumentException"><paramref name="colleague"/> is blank.</exception>
    public FollowUp HandOverTo(string colleague) =>
        new(Id, CustomerId, Guard.Against.NullOrWhiteSpace(colleague), Due, Kind, Priority, Effort, Note, Origin, OriginId)
        {
            IsFiledUnderMonth = IsFiledUnderMonth,
            HandedOverFrom = HandedOverFrom ?? Owner,
        };

    /// <summary>Returns the follow-up refiled under a new agreed date with the outcome of the last contact added to the note.</summary>
    /// <param name="nextDue">The next agreed date, in any calendar.</param>
    /// <param name="outcome">What was said; appended to the note on a new line.</param>
    /// <returns>A copy due on <paramref name="nextDue"/>.</returns>
    public FollowUp Refile(LocalDate nextDue, string? outcome = null) =>
        new(Id, CustomerId, Owner, nextDue, Kind, Priority, Effort, Note, FollowUpOrigin.Interaction, OriginId)
        {
            HandedOverFrom = HandedOverFrom,
            Note = string.IsNullOrWhiteSpace(outcome) ? Note : (Note.Length == 0 ? outcome.Trim() : Note + "\n" + outcome.Trim()),
        };

    /// <summary>Returns a short description: id, customer, due date.</summary>
    /// <returns>For example "f-1 C-100 1405/02/03".</returns>
    public override string ToString() => $"{Id} {CustomerId} {PersianDateFormat.Format(Due)}";
}
