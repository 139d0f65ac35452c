using System.Text;
using ChannelShift.Cli;

Console.OutputEncoding = Encoding.UTF8;
var width = TerminalWidth.Of(Console.IsOutputRedirected, () => Console.WindowWidth, Environment.GetEnvironmentVariable("COLUMNS"));
return CliApp.Run(args, Console.Out, Console.Error, Console.IsOutputRedirected, width: width);
