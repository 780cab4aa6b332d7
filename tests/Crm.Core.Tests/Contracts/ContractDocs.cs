using System.Reflection;
using System.Xml.Linq;

namespace Crm.Core.Tests.Contracts;

/// <summary>What both contract tests share: the feature packages they search, and the exception types a member's XML
/// docs list.</summary>
internal static class ContractDocs
{
    public static readonly Assembly[] Packages =
    [
        typeof(Crm.Core.Persian.PersianDateFormat).Assembly,
        typeof(Crm.Core.Customers.CustomerCode).Assembly,
        typeof(Crm.Core.Scheduling.WeekendDays).Assembly,
        typeof(Crm.Core.Segmentation.RfmScore).Assembly,
        typeof(Crm.Core.Lifetime.BgNbdModel).Assembly,
        typeof(Crm.Core.ToneLint.ToneCategory).Assembly,
    ];

    private static readonly Dictionary<Assembly, XDocument> Docs = [];

    /// <summary>Returns the types named by the <c>&lt;exception cref&gt;</c> elements of a method's or constructor's docs.</summary>
    public static Type[] DocumentedExceptions(MethodBase method)
    {
        XDocument doc;
        lock (Docs)
        {
            if (!Docs.TryGetValue(method.DeclaringType!.Assembly, out doc!))
            {
                doc = XDocument.Load(Path.ChangeExtension(method.DeclaringType.Assembly.Location, ".xml"));
                Docs[method.DeclaringType.Assembly] = doc;
            }
        }

        var name = method is ConstructorInfo ? "#ctor" : method.Name;
        var parameters = method.GetParameters();
        var id = "M:" + method.DeclaringType!.FullName!.Replace('+', '.') + "." + name
            + (parameters.Length == 0 ? string.Empty : "(" + string.Join(",", parameters.Select(p => DocName(p.ParameterType))) + ")");
        var member = doc.Descendants("member").FirstOrDefault(e => (string?)e.Attribute("name") == id);
        return member is null
            ? []
            : [.. member.Elements("exception").Select(e => ((string?)e.Attribute("cref"))?.Replace("T:", string.Empty, StringComparison.Ordinal))
                .Select(n => n is null ? null : Type.GetType(n) ?? Packages.Select(a => a.GetType(n)).FirstOrDefault(t => t is not null) ?? typeof(NodaTime.LocalDate).Assembly.GetType(n))
                .OfType<Type>()];
    }

    private static string DocName(Type type)
    {
        if (type.IsByRef)
        {
            return DocName(type.GetElementType()!) + "@";
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return "System.Nullable{" + DocName(underlying) + "}";
        }

        return type.FullName!.Replace('+', '.');
    }
}
