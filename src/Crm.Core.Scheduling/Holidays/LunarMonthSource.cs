namespace Crm.Core.Scheduling;

/// <summary>Tells where the start of a lunar month comes from.</summary>
public enum LunarMonthSource
{
    /// <summary>Iran's official calendar or an observed start loaded at run time.</summary>
    Official = 0,

    /// <summary>Computed by a <see cref="LunarMonthPredictor"/>: the official start may differ by a day.</summary>
    Predicted = 1,
}
