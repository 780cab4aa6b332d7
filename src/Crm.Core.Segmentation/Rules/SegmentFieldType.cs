namespace Crm.Core.Segmentation;

/// <summary>The type of a segment field, which decides the operators it accepts.</summary>
public enum SegmentFieldType
{
    /// <summary>One text value (city, owner, RFM segment …).</summary>
    Text = 0,

    /// <summary>A set of text values (tags, groups).</summary>
    TextSet = 1,

    /// <summary>A number (purchase figures, RFM scores, lifetime value, days since the last interaction).</summary>
    Number = 2,

    /// <summary>A date (birth date, marriage date, acquisition date, purchases …).</summary>
    Date = 3,
}
