namespace Crm.Core.Customers;

/// <summary>The highest education degree of an individual (مدرک تحصیلی).</summary>
public enum EducationDegree
{
    /// <summary>Not recorded.</summary>
    Unspecified = 0,

    /// <summary>Below the high-school diploma (زیر دیپلم).</summary>
    BelowDiploma = 1,

    /// <summary>High-school diploma (دیپلم).</summary>
    Diploma = 2,

    /// <summary>Associate degree (کاردانی).</summary>
    Associate = 3,

    /// <summary>Bachelor's degree (کارشناسی).</summary>
    Bachelor = 4,

    /// <summary>Master's degree (کارشناسی ارشد).</summary>
    Master = 5,

    /// <summary>Doctorate (دکتری).</summary>
    Doctorate = 6,
}
