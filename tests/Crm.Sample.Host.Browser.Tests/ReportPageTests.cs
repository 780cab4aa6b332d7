using Crm.Sample.Host.Browser.Tests.Support;

namespace Crm.Sample.Host.Browser.Tests;

/// <summary>
/// The demo's HTML report as a person sees it (issue 12): opened from disk in Debian's chromium, it must load without a
/// script error or a failed request, draw every chart with content, and lay Persian text out right to left.
/// </summary>
public sealed class ReportPageTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "crm-report-browser-" + Guid.NewGuid().ToString("N"));

    [ChromiumFact]
    public async Task DemoReport_OpensOfflineWithEveryChartDrawnAndNoError()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await HostApp.RunAsync(["demo", "--today", "1405/09/13", "--customers", "800", "--out", _folder], stdout, stderr);
        Assert.True(code == 0, $"demo exited {code}: {stderr}");

        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.NewPageAsync("fa-IR");
        var response = await page.GotoAsync(new Uri(Path.Combine(_folder, "index.html")).AbsoluteUri);

        Assert.NotNull(response);
        Assert.True(response.Ok, $"status {response.Status}");
        Assert.Equal(6, await page.Locator("svg.chart").CountAsync());
        var drawn = await page.EvaluateAsync<int[]>("() => [...document.querySelectorAll('svg.chart')].map(s => s.querySelectorAll('rect').length)");
        Assert.All(drawn, rects => Assert.True(rects >= 5, $"a chart has only {rects} shapes"));
        var sizes = await page.EvaluateAsync<double[]>("() => [...document.querySelectorAll('svg.chart')].map(s => s.getBoundingClientRect().width * s.getBoundingClientRect().height)");
        Assert.All(sizes, area => Assert.True(area > 10_000, $"a chart is drawn {area} px² small"));
        Assert.Equal(8, await page.Locator("section").CountAsync());
        Assert.Equal("rtl", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('#followups p[lang=fa]')).direction"));
        var persianCell = page.Locator("#rfm td", new() { HasTextString = "در خواب زمستانی" });
        Assert.Equal("rtl", await persianCell.First.EvaluateAsync<string>("c => getComputedStyle(c).direction"));
        await BrowserSession.ScreenshotAsync(page, "demo-report");
        browser.AssertNoErrors();
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
