using System.Globalization;

namespace Crm.Core.TestKit;

/// <summary>Sets the current culture and UI culture of this thread until disposed, then restores them.</summary>
public sealed class CultureScope : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    /// <summary>Switches to a culture.</summary>
    /// <param name="name">A culture name such as <c>fa-IR</c>; the empty string is the invariant culture.</param>
    public CultureScope(string name)
    {
        var culture = name.Length == 0 ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(name);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }

    /// <summary>Gets the cultures every culture-sensitive test runs under ("" is the invariant culture): Persian and Arabic
    /// (other digits and separators) and Turkish (the dotted and dotless i).</summary>
    public static IReadOnlyList<string> All { get; } = ["", "fa-IR", "ar-SA", "tr-TR"];

    /// <summary>Gets <see cref="All"/> as theory data, one culture name per row.</summary>
    public static IEnumerable<object[]> Names => All.Select(name => new object[] { name });

    /// <summary>Restores the previous cultures.</summary>
    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
