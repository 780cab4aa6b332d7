using Crm.Core.Persian;
using Crm.Core.Scheduling;
using NodaTime;

namespace Crm.Core.EntityFrameworkCore;

/// <summary>
/// The outcome of a <see cref="FollowUpPlan"/> as <see cref="EfCoreFollowUpStore.SavePlanAsync"/> stored it: the
/// assignments with their day and move reason and the unplaced follow-ups with reason and message, each follow-up as
/// the plan had it (a hand-over's new owner and <see cref="FollowUp.HandedOverFrom"/> included). The calendar and the
/// capacities the plan was made with are not stored: plan again to change it.
/// </summary>
public sealed class StoredFollowUpPlan
{
    internal StoredFollowUpPlan(string name, LocalDate start, int days, IReadOnlyList<Assignment> assignments, IReadOnlyList<UnplacedFollowUp> unplaced)
    {
        Name = name;
        Start = start;
        Days = days;
        Assignments = assignments;
        Unplaced = unplaced;
    }

    /// <summary>Gets the name the plan was saved under.</summary>
    public string Name { get; }

    /// <summary>Gets the first day of the plan, as a Persian date.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the number of days the plan covers.</summary>
    public int Days { get; }

    /// <summary>Gets the last day of the plan (included), as a Persian date.</summary>
    public LocalDate End => Start.PlusDays(Days - 1);

    /// <summary>Gets the placed follow-ups in the plan's order (day, owner, priority); days are Persian dates.</summary>
    public IReadOnlyList<Assignment> Assignments { get; }

    /// <summary>Gets the follow-ups the plan could not place, in the plan's order, with reasons and messages.</summary>
    public IReadOnlyList<UnplacedFollowUp> Unplaced { get; }

    /// <summary>Lists one owner's follow-ups of one day in the plan's order, like <see cref="FollowUpPlan.ForDay"/>.</summary>
    /// <param name="owner">The owner.</param>
    /// <param name="date">The day, in any calendar.</param>
    /// <returns>The assignments of that day.</returns>
    public IReadOnlyList<Assignment> ForDay(string owner, LocalDate date)
    {
        var day = SolarHijri.From(date);
        return Assignments.Where(a => a.Scheduled == day && string.Equals(a.FollowUp.Owner, owner, StringComparison.Ordinal)).ToList();
    }
}
