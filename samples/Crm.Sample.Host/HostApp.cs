using System.Globalization;
using System.CommandLine;
using Crm.Sample.Host.Commands;
using Crm.Sample.Host.Terminal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crm.Sample.Host;

/// <summary>The sample host's entry point: builds the Generic Host and runs one command line against given writers.</summary>
internal static class HostApp
{
    /// <summary>Exit code of a command that found nothing wrong.</summary>
    public const int Success = 0;

    /// <summary>Exit code when the input was read but some rows or values were reported (and skipped).</summary>
    public const int RowsReported = 1;

    /// <summary>Exit code when the input cannot be read at all, or the command line is wrong.</summary>
    public const int BadInput = 2;

    /// <summary>Exit code of an internal error (a defect of the library or the host): one line on stderr, the stack trace
    /// only with <c>--debug</c>. 70 is <c>EX_SOFTWARE</c> of sysexits.h.</summary>
    public const int InternalError = 70;

    /// <summary>Exit code after SIGINT (Ctrl+C): 128 + 2, as shells report it.</summary>
    public const int Interrupted = 130;

    /// <summary>Exit code after SIGTERM: 128 + 15.</summary>
    public const int Terminated = 143;

    /// <summary>Runs the command line <paramref name="args"/> and returns its exit code.</summary>
    /// <param name="args">The command-line arguments, without the program name.</param>
    /// <param name="stdout">Where the commands write their output.</param>
    /// <param name="stderr">Where the commands write errors and notes.</param>
    /// <param name="configureServices">Registrations made before the library's own (for example a fixed <c>IClock</c>:
    /// the library registers with <c>TryAdd</c>, so these win). Program.cs registers the process's <see cref="HostTerminal"/>
    /// here; without one, both streams count as redirected (plain text).</param>
    /// <param name="cancellationToken">Stops a long-running command (<c>serve</c>) cleanly; the other commands are
    /// synchronous and do not watch it (Program.cs ends them on a signal).</param>
    public static async Task<int> RunAsync(
        string[] args, TextWriter stdout, TextWriter stderr, Action<IServiceCollection>? configureServices = null, CancellationToken cancellationToken = default)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        configureServices?.Invoke(builder.Services);
        builder.Services.TryAddSingleton(HostTerminal.Redirected);
        // As an application does: settings from appsettings.json next to the program (optional), the library's options
        // bound from its "Crm" section and validated on start, logging through ILogger to the error stream.
        builder.Configuration.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true, reloadOnChange: false);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);   // without a Logging section as well
        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
        // A failed start is reported once, as "invalid configuration: …" below, not again by the host's own log.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.None);
        builder.Logging.AddProvider(new HostLoggerProvider(stderr));
        try
        {
            builder.Services.AddCrm(builder.Configuration.GetSection("Crm"));
        }
        catch (ArgumentException ex)
        {
            await stderr.WriteLineAsync("invalid configuration: " + ex.Message.ReplaceLineEndings(" ")).ConfigureAwait(false);
            return BadInput;
        }

        using var host = builder.Build();
        try
        {
            await host.StartAsync().ConfigureAwait(false);
        }
        catch (OptionsValidationException ex)
        {
            await stderr.WriteLineAsync("invalid configuration: " + string.Join("; ", ex.Failures)).ConfigureAwait(false);
            return 2;
        }
        catch (InvalidOperationException ex)
        {
            // Binding appsettings.json strictly: an unknown key or a value of the wrong type (the host has no hosted
            // service, so nothing else runs on start).
            await stderr.WriteLineAsync("invalid configuration: " + ex.Message.ReplaceLineEndings(" ")).ConfigureAwait(false);
            return 2;
        }

        var services = host.Services;
        var root = new RootCommand("Crm.Core sample host: shows the library at work on built-in and user-supplied data.");
        var debug = new Option<bool>("--debug") { Description = "On an internal error, print the stack trace too.", Recursive = true };
        root.Options.Add(debug);
        var noColor = new Option<bool>("--no-color") { Description = "On a terminal, draw tables and progress bars without colours (as the NO_COLOR environment variable does).", Recursive = true };
        root.Options.Add(noColor);
        // Each feature contributes its commands; `demo` runs every feature's demo section in turn.
        root.Subcommands.Add(DemoCommand.Create(services));
        root.Subcommands.Add(CustomersCommands.Create(services));
        root.Subcommands.Add(LtvCommands.Create(services));
        root.Subcommands.Add(SegmentCommands.Create(services));
        root.Subcommands.Add(CalendarCommands.Create(services));
        root.Subcommands.Add(FollowUpCommands.Create(services));
        root.Subcommands.Add(LintCommands.Create(services));
        root.Subcommands.Add(GenerateCommand.Create(services));
        root.Subcommands.Add(ReportCommand.Create(services));
        root.Subcommands.Add(ServeCommand.Create(services));
        root.Subcommands.Add(DbCommands.Create(services));

        // Numbers and dates on the command line are read the same way on every machine: System.CommandLine parses
        // option values with the current culture (de-DE read "52.5" as 525), so the invocation runs under the invariant
        // culture and the caller's culture is restored afterwards. Output is culture-independent already.
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        int exitCode;
        var parsed = root.Parse(args);
        if (parsed.GetValue(noColor))
        {
            services.GetRequiredService<HostTerminal>().DisableColors();
        }

        try
        {
            // ProcessTerminationTimeout = null: System.CommandLine must not install signal handlers of its own for
            // asynchronous actions; Program.cs owns SIGINT/SIGTERM and their exit codes.
            var configuration = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
            exitCode = await parsed.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A crash must not look like "some rows were bad" (exit 1): one line and a code of its own.
            var firstLine = ex.Message.ReplaceLineEndings(" ");
            await stderr.WriteLineAsync($"internal error ({ex.GetType().Name}): {(firstLine.Length > 300 ? firstLine[..300] + "…" : firstLine)}"
                + (parsed.GetValue(debug) ? string.Empty : " (run again with --debug for the stack trace)")).ConfigureAwait(false);
            if (parsed.GetValue(debug))
            {
                await stderr.WriteLineAsync(ex.ToString()).ConfigureAwait(false);
            }

            exitCode = InternalError;
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }

        await host.StopAsync().ConfigureAwait(false);
        return exitCode;
    }

    private static readonly List<Action<TimeSpan>> SignalStops = [];

    /// <summary>Registers what a long-running command does before the process exits on SIGINT or SIGTERM (<c>serve</c>
    /// stops its server so in-flight requests finish); disposing the result removes it.</summary>
    internal static IDisposable OnSignal(Action<TimeSpan> stop)
    {
        lock (SignalStops)
        {
            SignalStops.Add(stop);
        }

        return new Registration(stop);
    }

    /// <summary>Runs the stops registered with <see cref="OnSignal"/>, each given <paramref name="timeout"/>. Program.cs
    /// calls it on SIGINT and SIGTERM before it exits with 130 or 143.</summary>
    public static void StopForSignal(TimeSpan timeout)
    {
        Action<TimeSpan>[] stops;
        lock (SignalStops)
        {
            stops = [.. SignalStops];
        }

        foreach (var stop in stops)
        {
            try
            {
                stop(timeout);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // The process is exiting on a signal: a stop that fails must not keep it alive or change its exit code.
                Console.Error.WriteLine($"while stopping: {ex.GetType().Name}: {ex.Message.ReplaceLineEndings(" ")}");
            }
        }
    }

    private sealed class Registration(Action<TimeSpan> stop) : IDisposable
    {
        public void Dispose()
        {
            lock (SignalStops)
            {
                SignalStops.Remove(stop);
            }
        }
    }
}
