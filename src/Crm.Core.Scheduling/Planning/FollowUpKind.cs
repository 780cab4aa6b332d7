namespace Crm.Core.Scheduling;

/// <summary>Says what kind of contact a follow-up is.</summary>
public enum FollowUpKind
{
    /// <summary>A phone call (the default).</summary>
    Call = 0,

    /// <summary>A meeting at the office.</summary>
    Meeting = 1,

    /// <summary>An email.</summary>
    Email = 2,

    /// <summary>A visit to the customer.</summary>
    Visit = 3,

    /// <summary>A text message (SMS or messenger).</summary>
    Message = 4,

    /// <summary>A congratulation on an occasion (birthday, marriage anniversary).</summary>
    Congratulation = 5,

    /// <summary>Any other contact.</summary>
    Other = 6,
}
