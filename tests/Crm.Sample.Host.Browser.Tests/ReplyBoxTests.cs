using System.Globalization;
using Crm.Sample.Host.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Crm.Sample.Host.Browser.Tests;

/// <summary>The reply box of <c>serve</c> in a real browser: what an agent sees and does.</summary>
public sealed class ReplyBoxTests(ReplyBoxFixture fixture) : IClassFixture<ReplyBoxFixture>
{
    private const string EnglishDraft = "Dear customer, we will get back to you ASAP!! Let me know if there's anything else I can help with.";
    private const string PersianDraft = "مشتری گرامی، درخواست شما در اسرع وقت بررسی خواهد شد. اگر سوال دیگری داشتید در خدمتم.";

    [ChromiumFact]
    public async Task Page_Loads_WithTheFieldsAndNoErrors()
    {
        var (serve, browser) = await fixture.StartAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync(serve.BaseAddress.ToString());

        await Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("Reply box"));
        foreach (var id in new[] { "#reply", "#customer-name", "#customer-message", "#channel" })
        {
            await Expect(page.Locator(id)).ToBeVisibleAsync();
        }

        await Expect(page.Locator("#findings")).ToBeAttachedAsync();

        await Expect(page.Locator("#channel option")).ToHaveTextAsync(["e-mail", "chat", "SMS"]);
        Assert.Equal("auto", await page.Locator("#reply").GetAttributeAsync("dir"));
        await Expect(page.Locator("#summary")).ToHaveTextAsync("Type a reply.");
        await page.Context.CloseAsync();
        browser.AssertNoErrors();
    }

    [ChromiumFact]
    public async Task EnglishReply_TypedWithTheKeyboard_ShowsFindings_FixChangesTheText_IgnoreHidesTheFinding()
    {
        var (serve, browser) = await fixture.StartAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync(serve.BaseAddress.ToString());
        await page.Locator("#customer-name").FillAsync("Sarah");
        await page.Locator("#channel").SelectOptionAsync("chat");

        await page.Locator("#reply").PressSequentiallyAsync(EnglishDraft, new LocatorPressSequentiallyOptions { Delay = 5 });

        await ExpectLintedAsync(page, EnglishDraft);
        var vague = Finding(page, "TL1401");
        await Expect(vague).ToHaveCountAsync(1);
        await Expect(vague.Locator("q")).ToHaveTextAsync("ASAP");
        await Expect(vague.Locator(".explanation")).ToContainTextAsync("Tip 32");
        await Expect(page.Locator("#mirror mark", new PageLocatorOptions { HasTextRegex = new System.Text.RegularExpressions.Regex("^ASAP$") })).ToHaveCountAsync(1);
        await Expect(page.Locator("#latency")).ToContainTextAsync("ms on the server");

        // Fix "!!" → "!": the text changes exactly as the fix says, and the re-lint drops the finding.
        var afterShoutingFix = await ApplyFixAsync(page, "TL1501", EnglishDraft);
        Assert.Equal(EnglishDraft.Replace("ASAP!!", "ASAP!", StringComparison.Ordinal), afterShoutingFix);
        await ExpectLintedAsync(page, afterShoutingFix);
        await Expect(Finding(page, "TL1501")).ToHaveCountAsync(0);

        // Fix the generic greeting with the customer's name.
        var afterGreetingFix = await ApplyFixAsync(page, "TL0702", afterShoutingFix);
        Assert.StartsWith("Dear Sarah,", afterGreetingFix, StringComparison.Ordinal);
        await ExpectLintedAsync(page, afterGreetingFix);
        await Expect(Finding(page, "TL0702")).ToHaveCountAsync(0);

        // Ignore the vague timeline: it disappears, and stays hidden while the agent goes on typing elsewhere.
        await Finding(page, "TL1401").Locator("button.ignore").ClickAsync();
        await Expect(Finding(page, "TL1401")).ToHaveCountAsync(0);
        await Expect(page.Locator("#ignored")).ToContainTextAsync("1 ignored");
        await page.Locator("#reply").PressAsync("End");
        await page.Locator("#reply").PressSequentiallyAsync(" Thanks");
        await ExpectLintedAsync(page, afterGreetingFix + " Thanks");
        await Expect(Finding(page, "TL1401")).ToHaveCountAsync(0);
        await page.Locator("#ignored button").ClickAsync();
        await Expect(Finding(page, "TL1401")).ToHaveCountAsync(1);
        await BrowserSession.ScreenshotAsync(page, "reply-box-en");

        await page.Context.CloseAsync();
        browser.AssertNoErrors();
    }

    [ChromiumFact]
    public async Task PersianReply_Typed_RightToLeft_ShowsFindings_FixAppliesTheName()
    {
        var (serve, browser) = await fixture.StartAsync();
        var page = await browser.NewPageAsync("fa-IR");
        await page.GotoAsync(serve.BaseAddress.ToString());
        await page.Locator("#customer-name").PressSequentiallyAsync("سارا");
        await page.Locator("#customer-message").FillAsync("سلام، سفارشم کی میرسه؟");

        await page.Locator("#reply").PressSequentiallyAsync(PersianDraft, new LocatorPressSequentiallyOptions { Delay = 5 });

        await ExpectLintedAsync(page, PersianDraft);
        Assert.Equal("rtl", await page.Locator("#reply").EvaluateAsync<string>("e => getComputedStyle(e).direction"));
        Assert.Equal("rtl", await page.Locator("#mirror").EvaluateAsync<string>("e => getComputedStyle(e).direction"));
        await Expect(Finding(page, "TL1401").Locator("q")).ToHaveTextAsync("در اسرع وقت");
        await Expect(Finding(page, "TL1201").Locator("q")).ToHaveTextAsync("بررسی خواهد شد");
        Assert.Equal("rtl", await Finding(page, "TL1401").Locator(".message").EvaluateAsync<string>("e => getComputedStyle(e).direction"));

        var fixedText = await ApplyFixAsync(page, "TL0702", PersianDraft);
        Assert.StartsWith("سارا عزیز،", fixedText, StringComparison.Ordinal);
        await ExpectLintedAsync(page, fixedText);
        await Expect(Finding(page, "TL0702")).ToHaveCountAsync(0);

        await Finding(page, "TL1201").Locator("button.ignore").ClickAsync();
        await Expect(Finding(page, "TL1201")).ToHaveCountAsync(0);
        await BrowserSession.ScreenshotAsync(page, "reply-box-fa");

        await page.Context.CloseAsync();
        browser.AssertNoErrors();
    }

    [ChromiumFact]
    public async Task LongReply_MirrorKeepsTheTextareaWidthAndScrollsWithIt()
    {
        var (serve, browser) = await fixture.StartAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync(serve.BaseAddress.ToString());
        var text = string.Join('\n', Enumerable.Range(1, 60).Select(i => $"Line {i}: thanks for waiting.")) + "\nWe will reply ASAP.";
        await page.Locator("#reply").FillAsync(text);
        await ExpectLintedAsync(page, text);

        var (reply, mirror) = await WidthsAsync(page);
        Assert.Equal(reply, mirror);
        await page.Locator("#reply").EvaluateAsync("e => { e.scrollTop = e.scrollHeight; e.dispatchEvent(new Event('scroll')); }");
        var scroll = await page.EvaluateAsync<int[]>("() => [document.getElementById('reply').scrollTop, document.getElementById('mirror').scrollTop]");
        Assert.True(scroll[0] > 0, "the reply should overflow its box");
        Assert.Equal(scroll[0], scroll[1]);
        // The mark of the last line's finding sits where the textarea shows it: inside the visible box.
        var box = await page.Locator("#reply").BoundingBoxAsync();
        var mark = await page.Locator("#mirror mark", new PageLocatorOptions { HasTextRegex = new System.Text.RegularExpressions.Regex("^ASAP$") }).BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.NotNull(mark);
        Assert.InRange(mark.Y, box.Y, box.Y + box.Height - mark.Height);

        await page.Context.CloseAsync();
        browser.AssertNoErrors();
    }

    [ChromiumFact]
    public async Task SlowResponseForAnOlderText_IsIgnored()
    {
        var (serve, browser) = await fixture.StartAsync();
        var page = await browser.NewPageAsync();
        // The answer for the first draft (with "ASAP") arrives after the answer for the second one.
        await page.RouteAsync("**/api/lint", async route =>
        {
            if (route.Request.PostData?.Contains("ASAP", StringComparison.Ordinal) == true)
            {
                await Task.Delay(1500);
            }

            await route.ContinueAsync();
        });
        await page.GotoAsync(serve.BaseAddress.ToString());

        var slowRequest = page.WaitForRequestAsync(r => r.Url.EndsWith("/api/lint", StringComparison.Ordinal) && r.PostData?.Contains("ASAP", StringComparison.Ordinal) == true);
        await page.Locator("#reply").PressSequentiallyAsync("We will reply ASAP.");
        await slowRequest;
        const string second = "We can't do that.";
        await page.Locator("#reply").FillAsync(second);

        await ExpectLintedAsync(page, second);
        await Expect(Finding(page, "TL0101")).ToHaveCountAsync(1);
        await page.WaitForTimeoutAsync(2000); // the slow, stale answer has arrived by now
        await Expect(Finding(page, "TL1401")).ToHaveCountAsync(0);
        await Expect(Finding(page, "TL0101")).ToHaveCountAsync(1);

        await page.Context.CloseAsync();
        browser.AssertNoErrors();
    }

    private static async Task<(int Reply, int Mirror)> WidthsAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.getElementById('reply').clientWidth, document.getElementById('mirror').clientWidth]");
        return (widths[0], widths[1]);
    }

    /// <summary>The finding of a rule in the list.</summary>
    internal static ILocator Finding(IPage page, string ruleId) => page.Locator($"#findings li.finding[data-rule='{ruleId}']");

    /// <summary>Waits until the list shows the findings of <paramref name="text"/> (the page marks what it linted).</summary>
    internal static async Task ExpectLintedAsync(IPage page, string text)
    {
        var last = text.Length > 0 ? text[^1] : '\0';
        await Expect(page.Locator("#findings")).ToHaveAttributeAsync("data-text", string.Create(CultureInfo.InvariantCulture, $"{text.Length}:{(int)last}"));
        await Expect(page.Locator("#findings")).ToHaveAttributeAsync("data-state", "ready");
        await Expect(page.Locator("#reply")).ToHaveValueAsync(text);
    }

    /// <summary>Clicks the fix of a rule's finding and checks that the text changed exactly as the fix says; returns the new text.</summary>
    private static async Task<string> ApplyFixAsync(IPage page, string ruleId, string before)
    {
        var finding = Finding(page, ruleId);
        var fix = finding.Locator("button.fix");
        await Expect(fix).ToHaveCountAsync(1);
        var start = int.Parse((await fix.GetAttributeAsync("data-start"))!, CultureInfo.InvariantCulture);
        var length = int.Parse((await fix.GetAttributeAsync("data-length"))!, CultureInfo.InvariantCulture);
        var replacement = (await fix.GetAttributeAsync("data-replacement"))!;
        var expected = string.Concat(before.AsSpan(0, start), replacement, before.AsSpan(start + length));
        Assert.NotEqual(before, expected);

        await fix.ClickAsync();

        await Expect(page.Locator("#reply")).ToHaveValueAsync(expected);
        return expected;
    }
}
