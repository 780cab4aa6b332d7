namespace Crm.Core.Customers.Internal;

/// <summary>The closed-list values of a flat customer record (gender, education degree) and the website, read with the
/// header fold (<see cref="ColumnAliases.Key"/>): any case, Arabic or Persian letters, spaces or ZWNJ alike.</summary>
internal static class RecordValues
{
    private static readonly Dictionary<string, Gender> Genders = Keyed(new Dictionary<string, Gender>
    {
        ["unspecified"] = Gender.Unspecified,
        ["female"] = Gender.Female,
        ["male"] = Gender.Male,
        ["زن"] = Gender.Female,
        ["خانم"] = Gender.Female,
        ["مرد"] = Gender.Male,
        ["آقا"] = Gender.Male,
    });

    private static readonly Dictionary<string, EducationDegree> Degrees = Keyed(new Dictionary<string, EducationDegree>
    {
        ["زیر دیپلم"] = EducationDegree.BelowDiploma,
        ["دیپلم"] = EducationDegree.Diploma,
        ["کاردانی"] = EducationDegree.Associate,
        ["کارشناسی"] = EducationDegree.Bachelor,
        ["کارشناسی ارشد"] = EducationDegree.Master,
        ["دکتری"] = EducationDegree.Doctorate,
        ["دکترا"] = EducationDegree.Doctorate,
    }.Concat(Enum.GetValues<EducationDegree>().Select(d => KeyValuePair.Create(d.ToString(), d))));

    /// <summary>Reads a gender: an English name of <see cref="Customers.Gender"/> or «زن», «خانم», «مرد», «آقا».</summary>
    internal static bool TryGender(string text, out Gender gender) => Genders.TryGetValue(ColumnAliases.Key(text), out gender);

    /// <summary>Reads an education degree: a name of <see cref="EducationDegree"/> or its Persian name.</summary>
    internal static bool TryDegree(string text, out EducationDegree degree) => Degrees.TryGetValue(ColumnAliases.Key(text), out degree);

    /// <summary>Reads a website: an absolute http or https address.</summary>
    internal static bool TryWebsite(string text, out Uri? website) =>
        Uri.TryCreate(text, UriKind.Absolute, out website) && (website.Scheme == Uri.UriSchemeHttp || website.Scheme == Uri.UriSchemeHttps);

    private static Dictionary<string, T> Keyed<T>(IEnumerable<KeyValuePair<string, T>> values) =>
        values.ToDictionary(v => ColumnAliases.Key(v.Key), v => v.Value, StringComparer.Ordinal);
}
