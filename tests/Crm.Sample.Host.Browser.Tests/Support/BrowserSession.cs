using Microsoft.Playwright;

namespace Crm.Sample.Host.Browser.Tests.Support;

/// <summary>
/// Debian's chromium driven by Playwright, headless, through <c>ExecutablePath</c> (Playwright's own browser download is
/// never used). Every page opened with <see cref="NewPageAsync"/> records console errors, uncaught script errors and
/// failed requests, and <see cref="AssertNoErrors"/> fails the test on any of them. Reusable by any test of a page the
/// project serves or writes (the reply box, an HTML report).
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly List<string> _errors = [];
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    private BrowserSession()
    {
    }

    /// <summary>What went wrong on the pages so far: console errors, page errors and failed requests, one line each.</summary>
    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (_errors)
            {
                return [.. _errors];
            }
        }
    }

    /// <summary>The browser's version, such as <c>156.0.8078.114</c>.</summary>
    public string Version => _browser!.Version;

    /// <summary>Launches the browser. Throws with <see cref="Chromium.MissingReason"/> when there is none.</summary>
    public static async Task<BrowserSession> StartAsync()
    {
        if (!Chromium.Available)
        {
            throw new InvalidOperationException(Chromium.MissingReason);
        }

        var session = new BrowserSession();
        try
        {
            session._playwright = await Playwright.CreateAsync();
            session._browser = await session._playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Chromium.ExecutablePath,
                Headless = true,
                Timeout = 60_000,
            });
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }

        return session;
    }

    /// <summary>Opens a new page in a fresh context, recording its errors.</summary>
    public async Task<IPage> NewPageAsync(string? locale = null)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { Locale = locale ?? "en-US" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Record($"console error: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => Record($"page error: {error}");
        page.RequestFailed += (_, request) => Record($"request failed: {request.Method} {request.Url}: {request.Failure}");
        return page;
    }

    /// <summary>Saves a full-page screenshot as <c>NAME.png</c> in the folder named by <c>CRM_BROWSER_SCREENSHOTS</c>, when
    /// that variable is set (for looking at a page by eye); does nothing otherwise.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("CRM_BROWSER_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
        }
    }

    /// <summary>Fails when any page of this session reported an error.</summary>
    public void AssertNoErrors()
    {
        var errors = Errors;
        Assert.True(errors.Count == 0, "errors on the page:\n" + string.Join('\n', errors));
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    private void Record(string line)
    {
        lock (_errors)
        {
            _errors.Add(line);
        }
    }
}
