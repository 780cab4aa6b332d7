using System.CommandLine;

namespace Crm.Sample.Host.Commands;

/// <summary>The <c>demo</c> command: every feature shows what it does on built-in data.</summary>
internal static class DemoCommand
{
    public static Command Create(IServiceProvider services)
    {
        var command = new Command("demo", "Show the library at work on built-in demo data.");
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            // One section per feature, in dependency order.
            CustomersDemo.Run(services, output);
            SegmentationDemo.Run(services, output);
            LifetimeDemo.Run(services, output);
            SchedulingDemo.Run(services, output);
            ToneLintDemo.Run(services, output);
            return 0;
        });
        return command;
    }
}
