using System.CommandLine;
using System.Net;
using Crm.Core.ToneLint;
using Crm.Sample.Host.Serve;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Sample.Host.Commands;

/// <summary>
/// The <c>serve [--port N] [--host ADDRESS]</c> command: the reply box, a web page that lints a draft reply as the
/// agent types, served by Kestrel on a loopback address until Ctrl+C or SIGTERM.
/// </summary>
internal static class ServeCommand
{
    /// <summary>The port when <c>--port</c> is not given.</summary>
    public const int DefaultPort = 5080;

    /// <summary>The address when <c>--host</c> is not given: loopback only.</summary>
    public const string DefaultHost = "127.0.0.1";

    /// <summary>The first line on stdout once the server accepts connections; the address follows it.</summary>
    public const string ListeningPrefix = "Listening on ";

    /// <summary>How long in-flight requests get to finish when the server stops.</summary>
    internal static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(5);

    public static Command Create(IServiceProvider services)
    {
        var port = new Option<int>("--port") { Description = $"TCP port (default {DefaultPort}; 0 picks a free one).", DefaultValueFactory = _ => DefaultPort };
        var host = new Option<string>("--host") { Description = $"Address to listen on (default {DefaultHost}, loopback only; localhost, ::1 or another IP address).", DefaultValueFactory = _ => DefaultHost };
        var command = new Command("serve", "Serve the reply box: a web page that lints a draft reply as the agent types (POST /api/lint for programs). Stops on Ctrl+C or SIGTERM.");
        command.Options.Add(port);
        command.Options.Add(host);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            var portValue = parse.GetValue(port);
            var hostValue = parse.GetValue(host) ?? DefaultHost;
            if (portValue is < IPEndPoint.MinPort or > IPEndPoint.MaxPort)
            {
                await stderr.WriteLineAsync($"serve: --port must be between 0 and 65535 (got {portValue})").ConfigureAwait(false);
                return HostApp.BadInput;
            }

            if (!TryAddress(hostValue, out var address))
            {
                await stderr.WriteLineAsync($"serve: --host must be an IP address or localhost (got '{hostValue}')").ConfigureAwait(false);
                return HostApp.BadInput;
            }

            var linter = services.GetRequiredService<ToneLinter>();
            // One English and one Persian lint before the first keystroke: the first request would otherwise pay for
            // compiling the rules (tens of milliseconds).
            foreach (var warmUp in new[] { "Hi Sarah, thanks for waiting. We can't do that ASAP!!", "سلام سارا جان، در اسرع وقت بررسی خواهد شد." })
            {
                LintApi.Materialise(linter.Lint(new ToneLintRequest(warmUp) { CustomerName = "Sarah", CustomerMessage = "Where is my order?" }));
            }

            var app = ReplyBoxServer.Build(linter, address, portValue);
            await using (app.ConfigureAwait(false))
            {
                try
                {
                    await app.StartAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (IOException ex)
                {
                    // Kestrel reports a port in use or an address this machine does not have as an IOException.
                    await stderr.WriteLineAsync($"serve: cannot listen on {hostValue}:{portValue}: {ex.Message.ReplaceLineEndings(" ")}").ConfigureAwait(false);
                    return HostApp.BadInput;
                }

                if (!IPAddress.IsLoopback(address))
                {
                    await stderr.WriteLineAsync($"serve: note: {address} is not a loopback address; anyone who can reach it can use the linter").ConfigureAwait(false);
                }

                await stdout.WriteLineAsync(ListeningPrefix + ReplyBoxServer.AddressOf(app)).ConfigureAwait(false);
                await stdout.FlushAsync(cancellationToken).ConfigureAwait(false);

                // Ctrl+C / SIGTERM: Program.cs runs this stop (in-flight requests finish) and then exits with 130 / 143.
                using var onSignal = HostApp.OnSignal(timeout => app.StopAsync(CancellationToken.None).Wait(timeout));
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // Cancelled by the caller (tests, an embedding program): stop below.
                }

                using var stopping = new CancellationTokenSource(StopTimeout);
                await app.StopAsync(stopping.Token).ConfigureAwait(false);
            }

            return HostApp.Success;
        });
        return command;
    }

    /// <summary>Reads <c>--host</c>: an IP address, or <c>localhost</c> for 127.0.0.1.</summary>
    internal static bool TryAddress(string value, out IPAddress address)
    {
        if (string.Equals(value, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            address = IPAddress.Loopback;
            return true;
        }

        return IPAddress.TryParse(value.Trim('[', ']'), out address!);
    }
}
