using System.Diagnostics;
using System.Net;
using System.Reflection;
using Crm.Core.ToneLint;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Crm.Sample.Host.Serve;

/// <summary>
/// The web server of <c>serve</c>: Kestrel on one address, the reply box page at <c>GET /</c> (and its script and style
/// sheet, embedded in the assembly) and the linter at <c>POST /api/lint</c>.
/// </summary>
internal static class ReplyBoxServer
{
    /// <summary>The page's files: request path → (embedded resource, content type).</summary>
    private static readonly Dictionary<string, (string Resource, string ContentType)> Assets = new(StringComparer.Ordinal)
    {
        ["/"] = ("ReplyBox/reply-box.html", "text/html; charset=utf-8"),
        ["/reply-box.js"] = ("ReplyBox/reply-box.js", "text/javascript; charset=utf-8"),
        ["/reply-box.css"] = ("ReplyBox/reply-box.css", "text/css; charset=utf-8"),
    };

    /// <summary>No remote assets, no inline script or style: everything comes from this server.</summary>
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>Builds the server (not started). Bind errors surface from <see cref="WebApplication.StartAsync"/>.</summary>
    public static WebApplication Build(ToneLinter linter, IPAddress address, int port)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = LintApi.MaxBodyBytes;
            k.Listen(address, port);
        });
        builder.Services.AddRoutingCore();
        // Signals belong to Program.cs (exit codes 130/143); the server stops when the command's token is cancelled.
        builder.Services.AddSingleton<IHostLifetime, CommandLifetime>();
        builder.Services.AddSingleton(linter);

        var app = builder.Build();
        var loopbackOnly = IPAddress.IsLoopback(address);
        app.Use(async (context, next) =>
        {
            // A page on another site must not reach the linter through a name that resolves to 127.0.0.1 (DNS
            // rebinding): on a loopback address only loopback host names are served.
            if (loopbackOnly && !IsLoopbackHost(context.Request.Host.Host))
            {
                context.Response.StatusCode = StatusCodes.Status421MisdirectedRequest;
                return;
            }

            context.Response.Headers.XContentTypeOptions = "nosniff";
            context.Response.Headers.CacheControl = "no-store";
            await next(context).ConfigureAwait(false);
        });
        app.UseRouting();
        foreach (var (path, (resource, contentType)) in Assets)
        {
            app.MapGet(path, (HttpContext context) => ServeAsset(context, resource, contentType));
        }

        app.MapPost("/api/lint", LintAsync);
        return app;
    }

    /// <summary>The address the started server listens on, such as <c>http://127.0.0.1:5080</c>.</summary>
    public static string AddressOf(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    private static async Task ServeAsset(HttpContext context, string resource, string contentType)
    {
        await using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded resource {resource} is missing from the host assembly");
        context.Response.ContentType = contentType;
        context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        context.Response.Headers["Referrer-Policy"] = "no-referrer";
        await stream.CopyToAsync(context.Response.Body, context.RequestAborted).ConfigureAwait(false);
    }

    private static async Task<IResult> LintAsync(HttpContext context, ToneLinter linter)
    {
        if (!string.Equals(context.Request.ContentType?.Split(';')[0].Trim(), "application/json", StringComparison.OrdinalIgnoreCase))
        {
            return Error(StatusCodes.Status415UnsupportedMediaType, $"Content-Type must be application/json (got '{context.Request.ContentType}')");
        }

        if (context.Request.ContentLength > LintApi.MaxBodyBytes)
        {
            return TooLarge(context.Request.ContentLength.Value);
        }

        byte[] body;
        try
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
            body = buffer.ToArray();
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(null);
        }

        if (LintApi.TryParse(body, out var error) is not { } request)
        {
            return Error(StatusCodes.Status400BadRequest, error!);
        }

        var clock = Stopwatch.StartNew();
        var result = linter.Lint(request);
        LintApi.Materialise(result);
        var elapsed = clock.Elapsed.TotalMilliseconds;
        return Results.Json(LintApi.Respond(result, elapsed), LintApi.Json);
    }

    private static IResult TooLarge(long? length) => Error(
        StatusCodes.Status413PayloadTooLarge,
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"request body{(length is { } n ? $" of {n:N0} bytes" : string.Empty)} is over the limit of {LintApi.MaxBodyBytes:N0} bytes"));

    private static IResult Error(int status, string message) => Results.Json(new ApiError(message), LintApi.Json, statusCode: status);

    private static bool IsLoopbackHost(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    /// <summary>A lifetime that registers no signal handlers: <c>serve</c> stops when its command is cancelled.</summary>
    private sealed class CommandLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
