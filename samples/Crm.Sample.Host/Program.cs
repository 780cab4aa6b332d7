using System.Text;
using Crm.Sample.Host;

Console.OutputEncoding = Encoding.UTF8;
return await HostApp.RunAsync(args, Console.Out, Console.Error);
