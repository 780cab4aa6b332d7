using System.Globalization;
using Crm.Core.Benchmarks.ToneLint;
using Crm.Sample.Host.Browser.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Crm.Sample.Host.Browser.Tests;

/// <summary>
/// Per-keystroke latency of the reply box on the 150-word replies of the tone-lint benchmarks: the last characters are
/// typed one at a time and, after each, the test waits for that text's findings to be on screen. The page measures
/// from the keystroke's input event to the first frame after the findings were rendered (this includes the 150 ms
/// debounce), the fetch round trip, and the server's time in the library. The medians are logged, not asserted:
/// timing belongs in docs/benchmarks.md, not in a pass/fail test.
/// </summary>
public sealed class ReplyBoxLatencyTests(ReplyBoxFixture fixture, ITestOutputHelper output) : IClassFixture<ReplyBoxFixture>
{
    private const int Keystrokes = 25;

    [ChromiumFact]
    public Task English150Words_PerKeystroke_FindingsRenderedAndLatencyLogged() =>
        MeasureAsync("en", ToneLintSamples.English150, "TL1401");

    [ChromiumFact]
    public Task Persian150Words_PerKeystroke_FindingsRenderedAndLatencyLogged() =>
        MeasureAsync("fa", ToneLintSamples.Persian150, "TL1401");

    private async Task MeasureAsync(string language, string reply, string expectedRule)
    {
        var (serve, browser) = await fixture.StartAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync(serve.BaseAddress.ToString());
        await page.Locator("#customer-name").FillAsync("سارا احمدی");
        var typedFrom = reply.Length - Keystrokes;
        await page.Locator("#reply").FillAsync(reply[..typedFrom]);
        await ReplyBoxTests.ExpectLintedAsync(page, reply[..typedFrom]);

        var inputToPaint = new List<double>();
        var roundTrip = new List<double>();
        var server = new List<double>();
        for (var i = typedFrom; i < reply.Length; i++)
        {
            await page.Locator("#reply").PressSequentiallyAsync(reply[i].ToString());
            await ReplyBoxTests.ExpectLintedAsync(page, reply[..(i + 1)]);
            await Expect(page.Locator("#latency")).ToHaveAttributeAsync("data-input-to-paint-ms", new System.Text.RegularExpressions.Regex("^[0-9.]+$"));
            inputToPaint.Add(await ReadAsync(page, "data-input-to-paint-ms"));
            roundTrip.Add(await ReadAsync(page, "data-round-trip-ms"));
            server.Add(await ReadAsync(page, "data-server-ms"));
        }

        await Expect(ReplyBoxTests.Finding(page, expectedRule)).Not.ToHaveCountAsync(0);
        Assert.Equal(Keystrokes, inputToPaint.Count);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"reply box latency, {language} 150-word reply, {Keystrokes} keystrokes, chromium {browser.Version}: keystroke → findings painted median {Median(inputToPaint):0.0} ms (max {inputToPaint.Max():0.0}; includes the 150 ms debounce), fetch round trip median {Median(roundTrip):0.0} ms (max {roundTrip.Max():0.0}), server lint median {Median(server):0.000} ms (max {server.Max():0.000})"));
        await page.Context.CloseAsync();
        browser.AssertNoErrors();
    }

    private static async Task<double> ReadAsync(IPage page, string attribute) =>
        double.Parse((await page.Locator("#latency").GetAttributeAsync(attribute))!, CultureInfo.InvariantCulture);

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
