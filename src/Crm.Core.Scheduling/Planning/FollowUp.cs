using Crm.Core.Scheduling.Internal;
using Ardalis.GuardClauses;
using Crm.Core.Customers;
using Crm.Core.Persian;
using NodaTime;
using NodaTime.Text;

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
    /// <param name="customerId">The customer code; not <c>default</c>.</param>
    /// <param name="owner">The member of staff responsible.</param>
    /// <param name="due">The agreed date, in any calendar (kept as a Persian date).</param>
    /// <param name="kind">The kind of contact.</param>
    /// <param name="priority">1 (most urgent) to 5 (least urgent); 3 by default.</param>
    /// <param name="effort">The estimated effort; 15 minutes when <see langword="null"/>.</param>
    /// <param name="note">The context for the next contact.</param>
    /// <param name="origin">Where the follow-up came from.</param>
    /// <param name="originId">The id of the interaction, recurrence or occasion it came from, if any.</param>
    /// <exception cref="ArgumentException">An id or owner is blank, the customer is <c>default(CustomerCode)</c>, the priority is not 1–5, the effort is negative, or the due date is outside the Persian calendar (622-03-22 to 9999-03-20 CE; <see cref="ArgumentOutOfRangeException"/> naming the date).</exception>
    public FollowUp(string id, CustomerCode customerId, string owner, LocalDate due, FollowUpKind kind = FollowUpKind.Call,
        int priority = 3, Duration? effort = null, string? note = null, FollowUpOrigin origin = FollowUpOrigin.Manual, string? originId = null)
    {
        Id = Guard.Against.NullOrWhiteSpace(id);
        CustomerId = Guard.Against.Default(customerId);
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
    public CustomerCode CustomerId { get; }

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
    public static FollowUp FiledUnderMonth(string id, CustomerCode customerId, string owner, int persianYear, int month,
        FollowUpKind kind = FollowUpKind.Call, int priority = 3, string? note = null) =>
        new(id, customerId, owner, SolarHijri.FirstDayOfMonth(persianYear, month), kind, priority, null, note) { IsFiledUnderMonth = true };

    /// <summary>
    /// Rebuilds a stored follow-up with every field, including those the other factories set themselves
    /// (<see cref="IsFiledUnderMonth"/>, <see cref="HandedOverFrom"/>): for stores that read follow-ups back from a
    /// database. Use the constructor, <see cref="FiledUnderMonth"/>, <see cref="HandOverTo"/> and <see cref="Refile"/>
    /// for new follow-ups and their changes.
    /// </summary>
    /// <param name="id">The unique id.</param>
    /// <param name="customerId">The customer code.</param>
    /// <param name="owner">The member of staff responsible.</param>
    /// <param name="due">The due date, in any calendar (kept as a Persian date); for a follow-up filed under a month, the
    /// first day of that Persian month.</param>
    /// <param name="isFiledUnderMonth">Whether the dossier is filed under a month rather than a day.</param>
    /// <param name="kind">The kind of contact.</param>
    /// <param name="priority">1 (most urgent) to 5.</param>
    /// <param name="effort">The estimated effort, zero or more.</param>
    /// <param name="note">The note; <see langword="null"/> is read as empty.</param>
    /// <param name="origin">Where the follow-up came from.</param>
    /// <param name="originId">The id of what it came from, or <see langword="null"/>.</param>
    /// <param name="handedOverFrom">The previous owner when it was handed over, or <see langword="null"/>.</param>
    /// <returns>The follow-up, equal field by field to the one stored.</returns>
    /// <exception cref="ArgumentException">A value breaks a rule the other factories keep (a blank id or owner, a
    /// <c>default</c> customer code, a priority outside 1–5, a negative effort, an undefined kind or origin, a blank previous owner, a
    /// follow-up filed under a month that is not due on the first day of a month, a due date outside the Persian
    /// calendar); the message names the follow-up, the rule, the field and the value, and
    /// <see cref="ArgumentException.ParamName"/> is the field.</exception>
    /// <example><code>var stored = FollowUp.Rehydrate("f-1", CustomerCode.Parse("C-100"), "sara", SolarHijri.Date(1405, 4, 1), isFiledUnderMonth: true,
    ///     FollowUpKind.Call, 3, Duration.FromMinutes(15), "", FollowUpOrigin.Manual, null, handedOverFrom: "ali");</code></example>
    public static FollowUp Rehydrate(string id, CustomerCode customerId, string owner, LocalDate due, bool isFiledUnderMonth,
        FollowUpKind kind, int priority, Duration effort, string? note, FollowUpOrigin origin, string? originId, string? handedOverFrom)
    {
        var name = string.IsNullOrWhiteSpace(id) ? string.Empty : id;
        ArgumentException Invalid(string field, string rule, string? value, string what) =>
            new($"Follow-up '{name}' cannot be rehydrated: rule '{rule}' failed for {field} value '{value ?? "null"}': {what}.", field);

        if (string.IsNullOrWhiteSpace(id))
        {
            throw Invalid(nameof(id), "id.blank", id, "the id must not be blank");
        }

        if (customerId == default)
        {
            throw Invalid(nameof(customerId), "customerId.blank", customerId.Value, "the customer must not be default(CustomerCode)");
        }

        if (string.IsNullOrWhiteSpace(owner))
        {
            throw Invalid(nameof(owner), "owner.blank", owner, "the owner must not be blank");
        }

        if (priority is < 1 or > 5)
        {
            throw Invalid(nameof(priority), "priority.range", priority.ToString(System.Globalization.CultureInfo.InvariantCulture), "the priority is 1 (most urgent) to 5");
        }

        if (effort < Duration.Zero)
        {
            throw Invalid(nameof(effort), "effort.negative", DurationPattern.Roundtrip.Format(effort), "the effort must not be negative");
        }

        if (!Enum.IsDefined(kind))
        {
            throw Invalid(nameof(kind), "kind.undefined", kind.ToString(), "not a defined FollowUpKind");
        }

        if (!Enum.IsDefined(origin))
        {
            throw Invalid(nameof(origin), "origin.undefined", origin.ToString(), "not a defined FollowUpOrigin");
        }

        if (handedOverFrom is not null && string.IsNullOrWhiteSpace(handedOverFrom))
        {
            throw Invalid(nameof(handedOverFrom), "handedOverFrom.blank", handedOverFrom, "the previous owner is null or not blank");
        }

        if (!SolarHijri.Contains(due))
        {
            throw Invalid(nameof(due), "due.range", $"{LocalDatePattern.Iso.Format(due)} ({due.Calendar.Id})", "the date is outside the Persian calendar (622-03-22 to 9999-03-20 CE)");
        }

        var persian = SolarHijri.From(due);
        if (isFiledUnderMonth && persian.Day != 1)
        {
            throw Invalid(nameof(due), "due.first-of-month", PersianDateFormat.Format(persian), "a follow-up filed under a month is due on the first day of that month");
        }

        return new(id, customerId, owner, persian, kind, priority, effort, note, origin, originId)
        {
            IsFiledUnderMonth = isFiledUnderMonth,
            HandedOverFrom = handedOverFrom,
        };
    }

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
