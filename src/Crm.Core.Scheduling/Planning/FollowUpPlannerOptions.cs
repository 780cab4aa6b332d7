using Crm.Core.Customers;

namespace Crm.Core.Scheduling;

/// <summary>Configures a <see cref="FollowUpPlanner"/>.</summary>
public sealed class FollowUpPlannerOptions
{
    /// <summary>Gets or sets what happens to a follow-up due on a day off; <see cref="DayOffPolicy.NextWorkingDay"/> by default.</summary>
    public DayOffPolicy DayOffPolicy { get; set; } = DayOffPolicy.NextWorkingDay;

    /// <summary>Gets or sets the capacity of an owner without an entry in <see cref="CapacityByOwner"/>; 20 follow-ups a day by default.</summary>
    public DailyCapacity DefaultCapacity { get; set; } = DailyCapacity.Count(20);

    /// <summary>Gets the capacity of particular owners.</summary>
    public IDictionary<string, DailyCapacity> CapacityByOwner { get; } = new Dictionary<string, DailyCapacity>(StringComparer.Ordinal);

    /// <summary>Gets or sets the default number of days a plan looks ahead; 30 by default.</summary>
    public int HorizonDays { get; set; } = 30;

    /// <summary>Lists every problem of the options at once.</summary>
    /// <returns>One message per problem, naming the setting and the value; empty when valid.</returns>
    public IReadOnlyList<string> Validate() => [.. Errors().Select(e => e.Message)];

    /// <summary>Lists every problem of the options as <see cref="ValidationError"/>s (rules <c>options.day-off-policy</c>,
    /// <c>options.default-capacity</c>, <c>options.horizon-days</c>, <c>options.capacity-by-owner</c>), with the English
    /// message of <see cref="Validate"/> and a Persian one.</summary>
    /// <returns>The problems; empty when valid.</returns>
    public IReadOnlyList<ValidationError> Errors()
    {
        var errors = new List<ValidationError>();
        if (!Enum.IsDefined(DayOffPolicy))
        {
            errors.Add(new ValidationError("DayOffPolicy", "options.day-off-policy", DayOffPolicy.ToString(), $"DayOffPolicy: '{DayOffPolicy}' is not a defined policy."));
        }

        if (DefaultCapacity is null)
        {
            errors.Add(new ValidationError("DefaultCapacity", "options.default-capacity", string.Empty, "DefaultCapacity: must be set."));
        }

        if (HorizonDays is < 1 or > 3660)
        {
            errors.Add(new ValidationError("HorizonDays", "options.horizon-days", HorizonDays.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"HorizonDays: {HorizonDays} must be 1 to 3660."));
        }

        foreach (var (owner, capacity) in CapacityByOwner)
        {
            if (string.IsNullOrWhiteSpace(owner) || capacity is null)
            {
                errors.Add(new ValidationError("CapacityByOwner", "options.capacity-by-owner", owner ?? string.Empty,
                    $"CapacityByOwner: the entry '{owner}' needs an owner name and a capacity."));
            }
        }

        return errors;
    }
}
