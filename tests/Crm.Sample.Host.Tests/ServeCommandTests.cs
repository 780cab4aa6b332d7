using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Crm.Core.ToneLint;
using Crm.Sample.Host.Commands;
using Crm.Sample.Host.Serve;
using Crm.Sample.Host.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace Crm.Sample.Host.Tests;

public sealed class ServeCommandTests
{
    private const string EnglishDraft = "Dear customer, we will get back to you ASAP!! Let me know if there's anything else I can help with.";

    [Fact]
    public async Task Serve_PortZero_ListensOnLoopbackAndServesThePage()
    {
        await using var serve = await ServeRun.StartAsync();

        Assert.Equal("127.0.0.1", serve.BaseAddress.Host);
        Assert.NotEqual(0, serve.BaseAddress.Port);
        Assert.Equal($"Listening on http://127.0.0.1:{serve.BaseAddress.Port}\n", serve.Stdout.ReplaceLineEndings("\n"));
        using var page = await serve.Http.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var csp = Assert.Single(page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<textarea id=\"reply\" dir=\"auto\"", html, StringComparison.Ordinal);
        foreach (var asset in new[] { "reply-box.js", "reply-box.css" })
        {
            Assert.Contains($"\"{asset}\"", html, StringComparison.Ordinal);
            using var response = await serve.Http.GetAsync(new Uri(asset, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.NotEmpty(await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Serve_PageReferencesNoRemoteAsset()
    {
        await using var serve = await ServeRun.StartAsync();
        foreach (var asset in new[] { "/", "/reply-box.js", "/reply-box.css" })
        {
            var text = await serve.Http.GetStringAsync(new Uri(asset, UriKind.Relative));
            Assert.DoesNotContain("http://", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("https://", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("//cdn", text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Lint_EnglishDraft_ReturnsFindingsWithSpansExplanationsAndFixes()
    {
        await using var serve = await ServeRun.StartAsync();
        using var response = await PostAsync(serve, new { text = EnglishDraft, customerName = "Sarah", customerMessage = "Where is my order?", channel = "chat" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal("en", root.GetProperty("language").GetString());
        Assert.InRange(root.GetProperty("score").GetInt32(), 0, 99);
        Assert.True(root.GetProperty("elapsedMs").GetDouble() >= 0);
        var findings = root.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(root.GetProperty("total").GetInt32(), findings.Count);
        foreach (var f in findings)
        {
            var start = f.GetProperty("start").GetInt32();
            var length = f.GetProperty("length").GetInt32();
            Assert.Equal(EnglishDraft.Substring(start, length), f.GetProperty("text").GetString());
            Assert.NotEmpty(f.GetProperty("message").GetString()!);
            Assert.NotEmpty(f.GetProperty("explanation").GetString()!);
            Assert.Contains(f.GetProperty("severity").GetString(), new[] { "suggestion", "warning", "error" });
        }

        var vague = Assert.Single(findings, f => f.GetProperty("ruleId").GetString() == "TL1401");
        Assert.Equal("ASAP", vague.GetProperty("text").GetString());
        Assert.Equal("vague-timeline", vague.GetProperty("category").GetString());
        var greeting = Assert.Single(findings, f => f.GetProperty("ruleId").GetString() == "TL0702");
        var fix = Assert.Single(greeting.GetProperty("fixes").EnumerateArray());
        Assert.Equal("Dear Sarah", fix.GetProperty("replacement").GetString());
        Assert.Equal(0, fix.GetProperty("start").GetInt32());
        Assert.Equal("Dear customer".Length, fix.GetProperty("length").GetInt32());
    }

    [Fact]
    public async Task Lint_PersianDraft_SpansCountUtf16AsJavaScriptDoes()
    {
        const string draft = "مشتری گرامی، درخواست شما در اسرع وقت بررسی خواهد شد.";
        await using var serve = await ServeRun.StartAsync();
        using var response = await PostAsync(serve, new { text = draft, customerName = "سارا", channel = "email", language = "fa" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("«", body, StringComparison.Ordinal); // readable Persian, not \u escapes
        using var json = JsonDocument.Parse(body);
        Assert.Equal("fa", json.RootElement.GetProperty("language").GetString());
        var vague = Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "TL1401");
        Assert.Equal(draft.IndexOf("در اسرع وقت", StringComparison.Ordinal), vague.GetProperty("start").GetInt32());
        Assert.Equal("در اسرع وقت", vague.GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("{\"text\":\"hi\",\"channel\":\"fax\"}", "field 'channel': unknown value 'fax' (expected email, chat or sms)")]
    [InlineData("{\"text\":\"hi\",\"language\":\"de\"}", "field 'language': unknown value 'de' (expected fa, en or auto)")]
    [InlineData("{\"text\":5}", "field 'text' must be a string (got a number 5)")]
    [InlineData("{\"channel\":\"chat\"}", "field 'text' is required")]
    [InlineData("{\"text\":\"hi\",\"customer_name\":\"Sara\"}", "field 'customer_name' is not part of a lint request")]
    [InlineData("[\"hi\"]", "body must be a JSON object")]
    [InlineData("{\"text\":\"hi\"", "body is not valid JSON")]
    [InlineData("", "body is not valid JSON")]
    public async Task Lint_BadRequest_400WithOneMessageNamingTheFieldAndValue(string body, string expected)
    {
        await using var serve = await ServeRun.StartAsync();
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await serve.Http.PostAsync(new Uri("api/lint", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(expected, json.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_BodyOverTheLimit_413NamingTheLimit()
    {
        await using var serve = await ServeRun.StartAsync();
        var text = new string('a', LintApi.MaxBodyBytes);
        using var response = await PostAsync(serve, new { text });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("over the limit of 262,144 bytes", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_ChunkedBodyOverTheLimit_413()
    {
        await using var serve = await ServeRun.StartAsync();
        var bytes = Encoding.UTF8.GetBytes("{\"text\":\"" + new string('a', LintApi.MaxBodyBytes) + "\"}");
        using var content = new StreamContent(new UnknownLengthStream(bytes));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await serve.Http.PostAsync(new Uri("api/lint", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Lint_NotJsonContentType_415()
    {
        await using var serve = await ServeRun.StartAsync();
        using var content = new StringContent("{\"text\":\"hi\"}", Encoding.UTF8, "text/plain");
        using var response = await serve.Http.PostAsync(new Uri("api/lint", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("Content-Type must be application/json (got 'text/plain", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_RequestForAnotherHostName_Refused()
    {
        await using var serve = await ServeRun.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        request.Headers.Host = "rebound.example";
        using var response = await serve.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.MisdirectedRequest, response.StatusCode);
        using var local = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        local.Headers.Host = "localhost:" + serve.BaseAddress.Port;
        using var ok = await serve.Http.SendAsync(local);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }

    [Theory]
    [InlineData("--port", "70000", "--port must be between 0 and 65535 (got 70000)")]
    [InlineData("--port", "-1", "--port must be between 0 and 65535 (got -1)")]
    [InlineData("--host", "not-an-address", "--host must be an IP address or localhost (got 'not-an-address')")]
    public async Task Serve_BadOption_ExitsTwoWithOneLine(string option, string value, string expected)
    {
        HostAssert.BadInput(await SampleHost.RunAsync("serve", option, value), HostApp.BadInput, expected);
    }

    [Fact]
    public async Task Serve_PortInUse_ExitsTwoNamingTheAddress()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var run = await SampleHost.RunAsync("serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        HostAssert.BadInput(run, HostApp.BadInput, $"serve: cannot listen on 127.0.0.1:{port}");
    }

    [Fact]
    public async Task Serve_Cancelled_StopsCleanlyWithExitCodeZero()
    {
        var serve = await ServeRun.StartAsync();
        await using (serve)
        {
            var (exitCode, stderr) = await serve.StopAsync();
            Assert.Equal(0, exitCode);
            Assert.Equal(string.Empty, stderr);
        }
    }

    [Fact]
    public async Task Help_ListsServe()
    {
        var run = await SampleHost.RunAsync("--help");
        Assert.Contains(run.OutLines, l => l.StartsWith("serve", StringComparison.Ordinal) && l.Contains("reply box", StringComparison.Ordinal));
        var serveHelp = await SampleHost.RunAsync("serve", "--help");
        Assert.Contains("--port", serveHelp.Stdout, StringComparison.Ordinal);
        Assert.Contains("--host", serveHelp.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sigterm_WhileServing_StopsWithExitCode143()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "Crm.Sample.Host.dll"), "serve", "--port", "0" })
        {
            start.ArgumentList.Add(a);
        }

        using var host = Process.Start(start)!;
        var stderr = host.StandardError.ReadToEndAsync();
        var line = await host.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
        Assert.StartsWith("Listening on http://127.0.0.1:", line, StringComparison.Ordinal);
        using (var http = new HttpClient { BaseAddress = new Uri(line!["Listening on ".Length..] + "/") })
        {
            using var content = new StringContent("{\"text\":\"We will reply ASAP.\"}", Encoding.UTF8, "application/json");
            using var response = await http.PostAsync(new Uri("api/lint", UriKind.Relative), content);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        using (var kill = Process.Start("kill", ["-TERM", host.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await host.WaitForExitAsync(deadline.Token);
        Assert.Equal(HostApp.Terminated, host.ExitCode);
        Assert.Equal("stopped by SIGTERM: the output may be incomplete", (await stderr).Trim());
    }

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public Property Respond_AnyText_SpansAndFixesLieInsideAndQuoteTheText()
    {
        var linter = new ToneLinter();
        var alphabet = "abc ASAP!!\n\u064A\u0643مینشود«»{}_ \u200c.,?؟".ToCharArray();
        var texts = Gen.ArrayOf(Gen.Elements(alphabet)).Select(c => new string(c)).ToArbitrary();
        return Prop.ForAll(texts, text =>
        {
            var response = LintApi.Respond(linter.Lint(new ToneLintRequest(text) { CustomerName = "Sarah" }), 0.5);
            return response.Total >= response.Findings.Count
                && response.Findings.All(f => f.Start >= 0 && f.Start + f.Length <= text.Length && f.Text == text.Substring(f.Start, f.Length)
                    && f.Fixes.All(x => x.Start >= f.Start && x.Start + x.Length <= f.Start + f.Length));
        });
    }

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public Property TryParse_AnySerialisedRequest_ReadsBackTheSameFields(NonNull<string> text, string? name, string? message)
    {
        string[] channels = ["email", "chat", "sms"];
        return Prop.ForAll(Gen.Elements(channels).ToArbitrary(), channel =>
        {
            var body = JsonSerializer.SerializeToUtf8Bytes(new { text = text.Get, customerName = name, customerMessage = message, channel });
            var request = LintApi.TryParse(body, out var error);
            return error is null && request is not null && request.Text == text.Get
                && request.CustomerName == (string.IsNullOrWhiteSpace(name) ? null : name)
                && request.CustomerMessage == (string.IsNullOrWhiteSpace(message) ? null : message)
                && request.Channel.ToString().Equals(channel, StringComparison.OrdinalIgnoreCase);
        });
    }

    private static Task<HttpResponseMessage> PostAsync(ServeRun serve, object body)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return serve.Http.PostAsync(new Uri("api/lint", UriKind.Relative), content);
    }

    /// <summary>A stream that does not tell its length, so the client sends the body chunked, without Content-Length.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
