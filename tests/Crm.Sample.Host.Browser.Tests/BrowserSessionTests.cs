using Crm.Sample.Host.Browser.Tests.Support;

namespace Crm.Sample.Host.Browser.Tests;

/// <summary>The browser fixture itself: it must see the errors the other tests rely on it to catch.</summary>
public sealed class BrowserSessionTests
{
    [ChromiumFact]
    public async Task NewPage_ScriptErrorAndConsoleError_AreRecorded()
    {
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.NewPageAsync();

        await page.SetContentAsync("<p>x</p><script>console.error('logged on purpose'); setTimeout(() => { throw new Error('thrown on purpose'); });</script>");
        await page.WaitForTimeoutAsync(200);

        Assert.Contains(browser.Errors, e => e.StartsWith("console error: logged on purpose", StringComparison.Ordinal));
        Assert.Contains(browser.Errors, e => e.StartsWith("page error: ", StringComparison.Ordinal) && e.Contains("thrown on purpose", StringComparison.Ordinal));
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(browser.AssertNoErrors);
    }

    [ChromiumFact]
    public async Task NewPage_CleanPage_NoErrors()
    {
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.NewPageAsync();

        await page.SetContentAsync("<p dir=\"auto\">سلام</p><script>document.body.dataset.ok = '1';</script>");

        Assert.Equal("1", await page.EvaluateAsync<string>("() => document.body.dataset.ok"));
        Assert.Matches(@"^\d+\.", browser.Version);
        browser.AssertNoErrors();
    }
}
