using System.Reflection;
using NodaTime;

namespace Crm.Core.Tests.Contracts;

/// <summary>
/// Issue 18's rule beyond the parsers: every public static method and public constructor of the feature packages whose
/// parameters are all plain values (text, numbers, dates, enums) either returns or throws one of the exception types its
/// XML docs list, for the domain's extremes — dates from −9998 to 9999 in both calendars, numbers to their limits, NaN and
/// infinities, hostile text — and a <c>Try…</c> method never throws. Found by reflection, so a new method is covered
/// without being listed.
/// </summary>
public class PublicMethodContractTests
{
    private static readonly Assembly[] Packages = ContractDocs.Packages;

    private static readonly CalendarSystem Persian = CalendarSystem.PersianAstronomical;

    /// <summary>The extreme values tried for each parameter type (every combination is not tried: each parameter takes each
    /// of its values while the others keep an ordinary one).</summary>
    private static readonly Dictionary<Type, object?[]> Values = new()
    {
        [typeof(string)] = [null, string.Empty, " ", "\0", "\uD800", "a\uDC00", "\u200F۱۴۰۵/۰۱/۰۱", "C-1", new string('9', 10_000)],
        [typeof(int)] = [0, 1, -1, int.MinValue, int.MaxValue, 13, 9999],
        [typeof(long)] = [0L, -1L, long.MinValue, long.MaxValue],
        [typeof(double)] = [0d, 1d, -1d, double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.MaxValue, double.Epsilon, 1e-300],
        [typeof(decimal)] = [0m, -1m, decimal.MaxValue, decimal.MinValue, 0.0000001m],
        [typeof(bool)] = [true, false],
        [typeof(LocalDate)] = [new LocalDate(2026, 3, 21), new LocalDate(-9998, 1, 1), new LocalDate(9999, 12, 31), new LocalDate(1, 1, 1), new LocalDate(622, 3, 21),
            new LocalDate(1403, 12, 30, Persian), new LocalDate(1, 1, 1, Persian), new LocalDate(9377, 12, 29, Persian)],
        [typeof(IsoDayOfWeek)] = [IsoDayOfWeek.None, IsoDayOfWeek.Monday, (IsoDayOfWeek)99],
    };

    public static TheoryData<string> MethodNames() => [.. Methods().Select(Describe)];

    [Fact]
    public void Methods_AreFound()
    {
        // The reflection must find a broad set, or the theory below checks little.
        Assert.True(Methods().Count() >= 60, string.Join(", ", Methods().Select(Describe)));
    }

    [Theory]
    [MemberData(nameof(MethodNames))]
    public void Method_OnExtremeValues_ReturnsOrThrowsWhatItsDocsList(string name)
    {
        var method = Methods().Single(m => Describe(m) == name);
        var parameters = method.GetParameters();
        var ordinary = parameters.Select(p => Ordinary(p)).ToArray();
        var failures = new List<string>();
        Try(method, ordinary, failures);
        for (var i = 0; i < parameters.Length; i++)
        {
            if (parameters[i].IsOut)
            {
                continue;
            }

            foreach (var value in ValuesFor(parameters[i].ParameterType))
            {
                var args = (object?[])ordinary.Clone();
                args[i] = value;
                Try(method, args, failures);
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures.Distinct().Take(10)));
    }

    private static void Try(MethodBase method, object?[] args, List<string> failures)
    {
        try
        {
            if (method is ConstructorInfo constructor)
            {
                constructor.Invoke(args);
            }
            else
            {
                method.Invoke(null, args);
            }
        }
        catch (TargetInvocationException ex) when (ex.InnerException is { } thrown)
        {
            var shown = string.Join(", ", args.Select(a => a switch { null => "null", string s when s.Length > 20 => s[..20] + "…", _ => Convert.ToString(a, System.Globalization.CultureInfo.InvariantCulture) }));
            if (method.Name.StartsWith("Try", StringComparison.Ordinal))
            {
                failures.Add($"{Describe(method)}({shown}) threw {thrown.GetType().Name}: {thrown.Message}");
                return;
            }

            var documented = DocumentedExceptions(method);
            if (!documented.Any(d => d.IsInstanceOfType(thrown)))
            {
                failures.Add($"{Describe(method)}({shown}) threw {thrown.GetType().Name}, docs list [{string.Join(", ", documented.Select(d => d.Name))}]: {thrown.Message}");
            }
        }
    }

    private static object? Ordinary(ParameterInfo p)
    {
        if (p.IsOut)
        {
            return null;
        }

        if (p.HasDefaultValue)
        {
            return p.DefaultValue;
        }

        var type = Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType;
        return type == typeof(string) ? "C-1"
            : type == typeof(LocalDate) ? new LocalDate(2026, 3, 21)
            : type.IsEnum ? Enum.GetValues(type).GetValue(0)
            : type == typeof(bool) ? false
            : Convert.ChangeType(1, type, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static IEnumerable<object?> ValuesFor(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null)
        {
            return ValuesFor(underlying).Prepend(null);
        }

        if (type.IsEnum)
        {
            return [.. Enum.GetValues(type).Cast<object>(), Enum.ToObject(type, 99), Enum.ToObject(type, -1)];
        }

        return Values.TryGetValue(type, out var values) ? values : [];
    }

    private static bool Supported(ParameterInfo p)
    {
        var type = p.IsOut ? p.ParameterType.GetElementType()! : p.ParameterType;
        type = Nullable.GetUnderlyingType(type) ?? type;
        return p.IsOut || type.IsEnum || Values.ContainsKey(type);
    }

    private static IEnumerable<MethodBase> Methods() =>
        Packages.SelectMany(a => a.GetExportedTypes())
            .Where(t => !t.IsGenericTypeDefinition && !t.IsAbstract || (t.IsAbstract && t.IsSealed))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly).Cast<MethodBase>()
                .Concat(t.IsAbstract ? [] : t.GetConstructors()))
            .Where(m => !m.IsSpecialName || m is ConstructorInfo)
            .Where(m => m is not MethodInfo { IsGenericMethodDefinition: true })
            .Where(m => m.Name is not ("Parse" or "TryParse"))
            .Where(m => m.GetParameters() is { Length: > 0 } ps && ps.All(Supported))
            .Where(m => !m.GetCustomAttributes<ObsoleteAttribute>().Any())
            .OrderBy(Describe, StringComparer.Ordinal);

    private static string Describe(MethodBase m) =>
        $"{m.DeclaringType!.FullName}.{m.Name}({string.Join(", ", m.GetParameters().Select(p => p.ParameterType.Name))})";

    private static Type[] DocumentedExceptions(MethodBase method) => ContractDocs.DocumentedExceptions(method);
}
