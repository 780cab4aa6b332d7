namespace Crm.Core.Scheduling;

/// <summary>The kind of personal occasion a customer is congratulated on.</summary>
public enum OccasionKind
{
    /// <summary>A birthday (تولد), from the birth date.</summary>
    Birthday = 0,

    /// <summary>A marriage anniversary (سالگرد ازدواج), from the marriage date.</summary>
    MarriageAnniversary = 1,
}
