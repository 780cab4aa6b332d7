using System.Reflection;
using FsCheck;
using FsCheck.Fluent;

namespace Crm.Core.Tests.Contracts;

/// <summary>
/// One rule for every public parser of the feature packages, found by reflection so that a new one is covered without
/// being listed: a <c>TryParse</c> never throws, and a <c>Parse</c> throws only the exception types its XML docs list.
/// Driven by hostile text: lone surrogates, RTL marks, ZWNJ runs, NUL, Persian and Arabic digits, extreme years and
/// numbers, very long values.
/// </summary>
public class ParseContractTests
{
    private static readonly Assembly[] Packages = ContractDocs.Packages;

    private static readonly string[] Seeds =
    [
        string.Empty, " ", "\0", "\uD800", "\uDC00abc", "a\uD83D", "\u200F۱۴۰۵/۰۱/۰۱\u200E", "\u200C\u200C\u200C", "1405/12/30", "1403/12/30",
        "0000/00/00", "-9998-01-01", "9999-12-31", "9378/01/01", "0001-01-01", "0084575948", "۰۰۸۴۵۷۵۹۴۸", "٠٠٨٤٥٧٥٩٤٨", "09121234567",
        "+98 912 123 4567", "IR820540102680020817909002", "6037991234567890", "1234567890", "99999999999999999999999999999999",
        "2147483648", "-2147483649", "NaN", "1e308", "saturday,sunday,monday,tuesday,wednesday,thursday,friday", "555", "000",
        "a@b.c", "@", "{\"name\":\"x\"}", "{", new string('9', 100_000), new string('\u200C', 10_000) + "1",
    ];

    public static TheoryData<string> ParserNames() => [.. Parsers().Select(m => Describe(m))];

    [Theory]
    [MemberData(nameof(ParserNames))]
    public void Parser_OnHostileSeeds_KeepsItsContract(string parser)
    {
        var method = Parsers().Single(m => Describe(m) == parser);
        foreach (var text in Seeds.Append(null))
        {
            Check(method, text);
        }
    }

    [FsCheck.Xunit.Property(MaxTest = 300, Replay = "(20261204,19)")]
    public Property EveryParser_OnRandomHostileText_KeepsItsContract() =>
        Prop.ForAll(HostileText.ToArbitrary(), text =>
        {
            foreach (var method in Parsers())
            {
                Check(method, text);
            }
        });

    [Fact]
    public void Parsers_AreFound()
    {
        // The reflection must find the known parsers, or the properties above check nothing.
        var names = Parsers().Select(m => m.DeclaringType!.Name + "." + m.Name).ToHashSet();
        Assert.Contains("NationalCode.Parse", names);
        Assert.Contains("NationalCode.TryParse", names);
        Assert.Contains("PersianDateFormat.TryParse", names);
        Assert.Contains("SegmentDefinitionJson.TryParse", names);
        Assert.Contains("WeekendDays.Parse", names);
        Assert.True(names.Count >= 20, string.Join(", ", names));
    }

    private static Gen<string> HostileText =>
        Gen.OneOf(
            Gen.Elements(Seeds),
            ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty),
            from a in Gen.Elements(Seeds)
            from c in Gen.Elements('\uD800', '\uDFFF', '\u200C', '\u200F', '\u202E', '\0', '/', '-', '۹', '٩', '"', ',')
            from at in Gen.Choose(0, 40)
            select a.Insert(Math.Min(at, a.Length), c.ToString()));

    private static IEnumerable<MethodInfo> Parsers() =>
        Packages.SelectMany(a => a.GetExportedTypes())
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m.Name is "Parse" or "TryParse" && !m.IsGenericMethodDefinition && !m.DeclaringType!.IsGenericTypeDefinition)
            .Where(m => m.GetParameters() is [{ ParameterType: var first }, ..] && first == typeof(string))
            .Where(m => m.GetParameters().Skip(1).All(p => p.IsOut || p.HasDefaultValue || p.ParameterType == typeof(IFormatProvider)))
            .OrderBy(Describe, StringComparer.Ordinal);

    private static void Check(MethodInfo method, string? text)
    {
        var parameters = method.GetParameters();
        var args = new object?[parameters.Length];
        args[0] = text;
        for (var i = 1; i < parameters.Length; i++)
        {
            args[i] = parameters[i].IsOut ? null : parameters[i].HasDefaultValue ? parameters[i].DefaultValue : null;
        }

        try
        {
            method.Invoke(null, args);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is { } thrown)
        {
            var shown = text is null ? "null" : text.Length > 60 ? text[..60] + "…" : text;
            Assert.False(method.Name == "TryParse", $"{Describe(method)} threw {thrown.GetType().Name} for '{shown}': {thrown.Message}");
            var documented = DocumentedExceptions(method);
            Assert.True(documented.Any(d => d.IsInstanceOfType(thrown)),
                $"{Describe(method)} threw {thrown.GetType().Name} for '{shown}', but its docs list only [{string.Join(", ", documented.Select(d => d.Name))}]: {thrown.Message}");
        }
    }

    private static string Describe(MethodInfo m) =>
        $"{m.DeclaringType!.FullName}.{m.Name}({string.Join(", ", m.GetParameters().Select(p => p.ParameterType.Name))})";

    private static Type[] DocumentedExceptions(MethodBase method) => ContractDocs.DocumentedExceptions(method);
}
