namespace Crm.Sample.Host.Browser.Tests.Support;

/// <summary>
/// Debian's chromium for the browser tests: the path comes from <c>CRM_CHROMIUM</c>, else <c>/usr/bin/chromium</c>
/// (installed by <c>.ci/run</c>). Without it the browser tests are skipped, except under CI (<c>CI=true</c>), where
/// they run and fail so a browser that was not installed cannot go unnoticed (as the PostgreSQL tests do).
/// </summary>
public static class Chromium
{
    /// <summary>The environment variable that overrides the browser's path.</summary>
    public const string Variable = "CRM_CHROMIUM";

    /// <summary>Where Debian's <c>chromium</c> package puts the browser.</summary>
    public const string DefaultPath = "/usr/bin/chromium";

    /// <summary>The browser's path: <c>CRM_CHROMIUM</c> when set, else <see cref="DefaultPath"/>.</summary>
    public static string ExecutablePath => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } path ? path : DefaultPath;

    /// <summary>Whether the browser's executable exists.</summary>
    public static bool Available => File.Exists(ExecutablePath);

    /// <summary>Whether this is a CI run (<c>CI=true</c>).</summary>
    public static bool UnderCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why the tests cannot run here.</summary>
    public static string MissingReason =>
        $"Browser tests need chromium at {ExecutablePath}: install Debian's chromium package (apt-get install chromium, as .ci/run does) or set {Variable} to the browser's path.";

    /// <summary>The reason to skip, or <see langword="null"/> to run.</summary>
    public static string? SkipReason => !Available && !UnderCi ? MissingReason : null;
}

/// <summary>A fact that needs chromium: skipped with the reason when there is none (outside CI).</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute() => Skip = Chromium.SkipReason;
}
