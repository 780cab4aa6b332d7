namespace Crm.Core.Segmentation;

/// <summary>One entry of an <see cref="RfmSegmentMap"/>: the R/F cells a named segment covers.</summary>
/// <param name="Pattern">Two positions, R then F, each a digit 1–5, a class such as <c>[1-2]</c> or <c>[45]</c>, or
/// <c>*</c> for any score; for example <c>"[1-2][3-4]"</c> or <c>"5[4-5]"</c>.</param>
/// <param name="Name">The segment name used in output, for example <c>"Champions"</c>.</param>
/// <param name="PersianName">The Persian name, for example «قهرمانان»; <see langword="null"/> when the application has none.</param>
public sealed record RfmSegmentRule(string Pattern, string Name, string? PersianName = null);
