using Ardalis.GuardClauses;
using Crm.Core.Persian;
using Crm.Core.Scheduling.Internal;
using NodaTime;

namespace Crm.Core.Scheduling;

/// <summary>
/// Plans follow-ups on working days within each owner's daily capacity: the digital tickler file. Nothing is lost or
/// duplicated: every follow-up is either assigned once or reported as unplaced with a reason.
/// </summary>
/// <remarks>
/// <para>Rules, in order. (1) A follow-up due after the horizon stays unplaced (<see cref="UnplacedReason.DueAfterHorizon"/>).
/// (2) One due before the start is overdue and wanted on the first day. (3) One due on a weekend day, a holiday or a
/// day its owner is away follows <see cref="FollowUpPlannerOptions.DayOffPolicy"/>. (4) Follow-ups are then taken in
/// priority order (1 first), then due date, then input order, and each gets the first day at or after its earliest
/// allowed day where its owner has room; it is never placed earlier than that day. (5) A dossier filed under a month
/// goes to the least-loaded working day of that month with room. (6) When no day up to the end of the horizon has room,
/// it is unplaced (<see cref="UnplacedReason.NoCapacityInHorizon"/>).</para>
/// <para>With an effort capacity, a single follow-up larger than a whole day's capacity is placed alone on an empty day.</para>
/// </remarks>
public sealed class FollowUpPlanner
{
    private readonly FollowUpPlannerOptions options;

    /// <summary>Creates a planner.</summary>
    /// <param name="calendar">The work calendar.</param>
    /// <param name="options">The settings; the defaults when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The options are invalid; the message lists every problem.</exception>
    public FollowUpPlanner(WorkCalendar calendar, FollowUpPlannerOptions? options = null)
    {
        Calendar = Guard.Against.Null(calendar);
        this.options = options ?? new FollowUpPlannerOptions();
        var errors = this.options.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid planner options: " + string.Join(" ", errors), nameof(options));
        }
    }

    /// <summary>Gets the work calendar.</summary>
    public WorkCalendar Calendar { get; }

    /// <summary>Plans follow-ups over the default horizon (<see cref="FollowUpPlannerOptions.HorizonDays"/>).</summary>
    /// <param name="followUps">The follow-ups; ids should be unique.</param>
    /// <param name="start">The first day of the plan, in any calendar.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="followUps"/> is <see langword="null"/>.</exception>
    public FollowUpPlan Plan(IEnumerable<FollowUp> followUps, LocalDate start) => Plan(followUps, start, options.HorizonDays);

    /// <summary>Plans follow-ups over a number of days, taking owners' absences into account.</summary>
    /// <param name="followUps">The follow-ups.</param>
    /// <param name="start">The first day of the plan, in any calendar.</param>
    /// <param name="days">The number of days, 1 to 3660.</param>
    /// <param name="absences">Periods in which owners do no follow-ups, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the work (checked every 4,096 follow-ups); no partial plan is returned.</param>
    /// <returns>The plan: every follow-up assigned once or reported unplaced.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="followUps"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is out of range.</exception>
    /// <exception cref="LunarHolidayDataMissingException">A day of the horizon has no lunar data and the calendar's policy is to throw.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public FollowUpPlan Plan(IEnumerable<FollowUp> followUps, LocalDate start, int days, IEnumerable<Absence>? absences = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(followUps);
        Guard.Against.OutOfRange(days, nameof(days), 1, 3660);
        var items = followUps as FollowUp[] ?? followUps.ToArray();
        Guard.Against.OutOfRange(items.Length, nameof(followUps), 0, (1 << 26) - 1);
        var away = absences?.ToList() ?? [];
        var horizon = new PlanningHorizon(Calendar, start, days);
        var result = PlanRun.Execute(items, horizon, away, CapacityOf, options.DayOffPolicy, cancellationToken);
        return new FollowUpPlan(horizon.Start, days, result.Assignments, result.Unplaced, Calendar, CapacityOf, away);
    }

    /// <summary>Hands an absent owner's follow-ups over to colleagues, keeping every note and the rest of the plan.</summary>
    /// <param name="plan">A plan made by this planner.</param>
    /// <param name="absence">Who is away and when.</param>
    /// <param name="colleagues">The colleagues who may take the work; the least loaded with room on the day takes each follow-up.</param>
    /// <returns>A new plan; moved follow-ups carry <see cref="FollowUp.HandedOverFrom"/> and <see cref="MoveReason.HandedOver"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="colleagues"/> is empty or contains the absent owner.</exception>
    public FollowUpPlan HandOver(FollowUpPlan plan, Absence absence, IReadOnlyList<string> colleagues)
    {
        Guard.Against.Null(plan);
        Guard.Against.NullOrEmpty(colleagues);
        if (colleagues.Contains(absence.Owner, StringComparer.Ordinal))
        {
            throw new ArgumentException($"The absent owner '{absence.Owner}' cannot take over their own follow-ups.", nameof(colleagues));
        }

        var away = plan.Absences.Append(absence).ToList();
        var horizon = new PlanningHorizon(Calendar, plan.Start, plan.Days);
        var result = HandOverRun.Execute(plan, absence, colleagues, horizon, away, CapacityOf);
        return new FollowUpPlan(plan.Start, plan.Days, result.Assignments, result.Unplaced, Calendar, CapacityOf, away);
    }

    /// <summary>Returns the daily capacity of an owner.</summary>
    /// <param name="owner">The owner.</param>
    /// <returns>The owner's entry in <see cref="FollowUpPlannerOptions.CapacityByOwner"/>, else the default capacity.</returns>
    public DailyCapacity CapacityOf(string owner) =>
        options.CapacityByOwner.TryGetValue(owner, out var capacity) ? capacity : options.DefaultCapacity;

    internal static string Describe(FollowUp f) => $"follow-up '{f.Id}' (customer {f.CustomerId}, owner {f.Owner}, due {PersianDateFormat.Format(f.Due)})";
}
