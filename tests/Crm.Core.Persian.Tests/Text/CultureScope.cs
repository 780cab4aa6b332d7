using System.Globalization;

namespace Crm.Core.Persian.Tests.Text;

/// <summary>Sets the current culture and UI culture for the lifetime of the scope.</summary>
internal sealed class CultureScope : IDisposable
{
    private readonly CultureInfo culture;
    private readonly CultureInfo uiCulture;

    public CultureScope(string name)
    {
        culture = CultureInfo.CurrentCulture;
        uiCulture = CultureInfo.CurrentUICulture;
        var target = name.Length == 0 ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(name);
        CultureInfo.CurrentCulture = target;
        CultureInfo.CurrentUICulture = target;
    }

    /// <summary>The cultures every culture-sensitive test runs under ("" is the invariant culture).</summary>
    public static TheoryData<string> Names => new() { "", "fa-IR", "ar-SA", "tr-TR" };

    public static readonly string[] All = ["", "fa-IR", "ar-SA", "tr-TR"];

    public void Dispose()
    {
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = uiCulture;
    }
}
