using System.CommandLine;
using System.Text;
using Crm.Sample.Host.Commands;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

Console.OutputEncoding = Encoding.UTF8;

var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
builder.Services.AddCrmCore();
builder.Services.AddCrmCustomers();
builder.Services.AddCrmLifetime();
builder.Services.AddCrmSegmentation();
builder.Services.AddCrmScheduling();
builder.Services.AddCrmToneLint();

using var host = builder.Build();
try
{
    await host.StartAsync();
}
catch (OptionsValidationException ex)
{
    await Console.Error.WriteLineAsync("invalid configuration: " + string.Join("; ", ex.Failures));
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

var exitCode = await root.Parse(args).InvokeAsync();
await host.StopAsync();
return exitCode;
