namespace Crm.Core.Scheduling;

/// <summary>Names the text format of a holiday feed (see docs/scheduling.md, "Holiday feeds").</summary>
public enum HolidayFeedFormat
{
    /// <summary>JSON: an object with the arrays <c>monthStarts</c>, <c>closures</c> and <c>cancellations</c>.</summary>
    Json = 0,

    /// <summary>CSV with the header <c>kind,hijri_year,hijri_month,date,length,title,province</c>; <c>kind</c> is
    /// <c>month</c>, <c>closure</c> or <c>cancel</c>; lines starting with <c>#</c> are comments.</summary>
    Csv = 1,
}
