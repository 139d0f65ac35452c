using System.Text;
using ChannelShift.Cli;

Console.OutputEncoding = Encoding.UTF8;
return CliApp.Run(args, Console.Out, Console.Error, Console.IsOutputRedirected);
