using System.Globalization;
using System.CommandLine;
using Crm.Sample.Host.Commands;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Crm.Sample.Host;

/// <summary>The sample host's entry point: builds the Generic Host and runs one command line against given writers.</summary>
internal static class HostApp
{
    /// <summary>Runs the command line <paramref name="args"/> and returns its exit code.</summary>
    /// <param name="args">The command-line arguments, without the program name.</param>
    /// <param name="stdout">Where the commands write their output.</param>
    /// <param name="stderr">Where the commands write errors and notes.</param>
    /// <param name="configureServices">Registrations made before the library's own (for example a fixed <c>IClock</c>:
    /// the library registers with <c>TryAdd</c>, so these win).</param>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, Action<IServiceCollection>? configureServices = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        configureServices?.Invoke(builder.Services);
        builder.Services.AddCrmCore();
        builder.Services.AddCrmCustomers();
        builder.Services.AddCrmLifetime();
        builder.Services.AddCrmSegmentation();
        builder.Services.AddCrmScheduling();
        builder.Services.AddCrmToneLint();

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

        var services = host.Services;
        var root = new RootCommand("Crm.Core sample host: shows the library at work on built-in and user-supplied data.");
        // Each feature contributes its commands; `demo` runs every feature's demo section in turn.
        root.Subcommands.Add(DemoCommand.Create(services));
        root.Subcommands.Add(CustomersCommands.Create(services));
        root.Subcommands.Add(LtvCommands.Create(services));
        root.Subcommands.Add(SegmentCommands.Create(services));
        root.Subcommands.Add(CalendarCommands.Create(services));
        root.Subcommands.Add(FollowUpCommands.Create(services));
        root.Subcommands.Add(LintCommands.Create(services));
        root.Subcommands.Add(GenerateCommand.Create(services));

        // Numbers and dates on the command line are read the same way on every machine: System.CommandLine parses
        // option values with the current culture (de-DE read "52.5" as 525), so the invocation runs under the invariant
        // culture and the caller's culture is restored afterwards. Output is culture-independent already.
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        int exitCode;
        try
        {
            exitCode = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr }).ConfigureAwait(false);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }

        await host.StopAsync().ConfigureAwait(false);
        return exitCode;
    }
}
