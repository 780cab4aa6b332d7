using System.Runtime.InteropServices;
using System.Text;
using Crm.Sample.Host;
using Crm.Sample.Host.Terminal;
using Microsoft.Extensions.DependencyInjection;

Console.OutputEncoding = Encoding.UTF8;

// Tables and progress bars only on a stream that is a terminal; redirected streams get the plain lines.
var terminal = HostTerminal.ForProcess();

// SIGTERM and Ctrl+C end the run promptly with one clear line, even while a command is busy (a long fit, a blocked
// read): the commands are synchronous, so waiting for them to notice a token could take minutes.
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => Stop(context, HostApp.Terminated, terminal));
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => Stop(context, HostApp.Interrupted, terminal));
return await HostApp.RunAsync(args, Console.Out, Console.Error, services => services.AddSingleton(terminal));

static void Stop(PosixSignalContext context, int exitCode, HostTerminal terminal)
{
    context.Cancel = true;
    // A progress bar hides the cursor while it draws; give it back before the process ends mid-bar.
    terminal.Output?.Cursor.Show(true);
    terminal.Error?.Cursor.Show(true);
    Console.Error.WriteLine($"stopped by {context.Signal}: the output may be incomplete");
    // `serve` stops its web server here (in-flight requests finish, at most 5 s); the other commands register nothing.
    HostApp.StopForSignal(TimeSpan.FromSeconds(5));
    Console.Out.Flush();
    Environment.Exit(exitCode);
}
