using System.CommandLine;
using System.CommandLine.Help;
using ChannelShift.Cli.Commands;

namespace ChannelShift.Cli;

/// <summary>
/// The <c>channelshift</c> sample app: parses the command line, calls the library, formats the result. User mistakes
/// print one line per problem on stderr and exit 2; an unexpected fault prints one line and exits 1; never a stack trace.
/// </summary>
internal static class CliApp
{
    internal const int Ok = 0;
    internal const int Fault = 1;
    internal const int UserError = 2;

    /// <summary>The exit code of a run stopped by Ctrl-C (128 + SIGINT, as shells report it).</summary>
    internal const int Interrupted = 130;

    internal static int Run(string[] args, TextWriter output, TextWriter error, bool outputRedirected = true, Func<Stream>? input = null, int width = TerminalWidth.Redirected)
    {
        var context = new CliContext(output, error, outputRedirected, input, width);
        // A plain command named as users type it, not a RootCommand: a RootCommand takes its name from the running
        // assembly (ChannelShift.Cli), and help would show that in its usage line instead of `channelshift`.
        var root = new Command("channelshift", "ChannelShift: cost per contact by channel and the savings of channel shift, for public-sector business cases.")
        {
            new HelpOption(),
            new VersionOption(),
            BdoCommand.Create(context),
            EstimateCommand.Create(context),
            CostsCommand.Create(context),
            AppraiseCommand.Create(context),
            InitCommand.Create(context),
            StaffingCommand.Create(context),
            SimulateCommand.Create(context),
            SensitivityCommand.Create(context),
            SurveyCommand.Create(context),
            BatchCommand.Create(context),
            TrackCommand.Create(context),
            ReportCommand.Create(context),
            WorkbookCommand.Create(context),
        };

        // -o FILE on every command that writes results (init writes its own file), with --force where the command has
        // none of its own.
        var outputOptions = new Dictionary<Command, (Option<string?> Output, Option<bool> Force)>();
        foreach (var command in root.Subcommands.Where(c => c.Name != "init"))
        {
            var output_ = new Option<string?>("--output", "-o") { Description = "Write the output to this file instead of standard output (refused if it exists, unless --force; CSV gets a UTF-8 byte-order mark for Excel)." };
            var force = command.Options.OfType<Option<bool>>().FirstOrDefault(o => o.Name == "--force");
            if (force is null)
            {
                force = new Option<bool>("--force") { Description = "Replace the -o file if it exists." };
                command.Options.Add(force);
            }

            command.Options.Add(output_);
            outputOptions[command] = (output_, force);
        }

        var parseResult = root.Parse(args);
        if (args.Length == 0)
        {
            error.WriteLine("error: no command given; expected one of these commands (`channelshift COMMAND --help` describes one):");
            foreach (var command in root.Subcommands)
            {
                error.WriteLine($"  {command.Name,-12} {command.Description}");
            }

            return UserError;
        }

        if (parseResult.Action is not HelpAction && Typos(root, parseResult, args) is { Count: > 0 } typos)
        {
            foreach (var typo in typos)
            {
                error.WriteLine($"error: {typo}");
            }

            return UserError;
        }

        if (parseResult.Action is not HelpAction && parseResult.Errors.Count > 0)
        {
            foreach (var message in parseResult.Errors.Select(e => e.Message).Distinct(StringComparer.Ordinal))
            {
                error.WriteLine($"error: {message}");
            }

            return UserError;
        }

        OutputFile? file = null;
        using var cancel = new CancellationTokenSource();
        context.Cancellation = cancel.Token;

        // Ctrl-C: the first asks a long command to stop at its next check (a simulation's next chunk, a sensitivity's
        // next input), so the run ends promptly with one line and no half-written file; a second ends the process.
        void Interrupt(object? sender, ConsoleCancelEventArgs e)
        {
            e.Cancel = !cancel.IsCancellationRequested;
            cancel.Cancel();
        }

        System.Console.CancelKeyPress += Interrupt;
        try
        {
            if (parseResult.Action is not HelpAction && outputOptions.TryGetValue(parseResult.CommandResult.Command, out var o) && parseResult.GetValue(o.Output) is { } path && path != "-")
            {
                var csv = parseResult.CommandResult.Command.Options.Any(x => x.Name == "--format") && (parseResult.GetValue<string>("--format") ?? (parseResult.CommandResult.Command.Name == "batch" ? "csv" : null)) is { } f && f.Trim().Equals("csv", StringComparison.OrdinalIgnoreCase);
                file = OutputFile.Open(path, parseResult.GetValue(o.Force), csv);
                context.Output = file.Writer;
                context.BinaryOutput = file.OpenStream;

            }

            var code = parseResult.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
            context.Output.Flush();
            if (file is not null && code == Ok)
            {
                file.Commit();
                file = null;
            }

            return code;
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            error.WriteLine();
            error.WriteLine(file is null ? "error: interrupted (Ctrl-C); nothing was written to standard output." : "error: interrupted (Ctrl-C).");
            return Interrupted;
        }
        catch (UserInputException ex)
        {
            foreach (var line in ex.Lines)
            {
                error.WriteLine($"error: {line}");
            }

            return UserError;
        }
        catch (InputValidationException ex)
        {
            foreach (var line in Messages.Of(ex))
            {
                error.WriteLine($"error: {line}");
            }

            return UserError;
        }
        catch (IOException ex)
        {
            error.WriteLine($"error: {ex.Message}");
            return UserError;
        }
        catch (UnauthorizedAccessException ex)
        {
            error.WriteLine($"error: {ex.Message}");
            return UserError;
        }
#pragma warning disable CA1031 // The app's last line of defence: one line, exit 1, never a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            error.WriteLine($"unexpected fault ({ex.GetType().Name}): {ex.Message}");
            return Fault;
        }
        finally
        {
            System.Console.CancelKeyPress -= Interrupt;

            if (file is not null)
            {
                file.Dispose();
                error.WriteLine(cancel.IsCancellationRequested ? "error: the -o file was not written." : "error: the -o file was not written, as the command did not succeed.");
            }
        }
    }

    /// <summary>
    /// A mistyped command or option, one line each with "did you mean": a first word that is no command, or a word
    /// starting with <c>--</c> that is no option of the command given (System.CommandLine would take it as an
    /// argument's value, or report it without a suggestion).
    /// </summary>
    private static List<string> Typos(Command root, ParseResult parseResult, string[] args)
    {
        var typos = new List<string>();
        var commands = root.Subcommands.Select(c => c.Name).ToArray();
        if (!args[0].StartsWith('-') && !commands.Contains(args[0], StringComparer.Ordinal))
        {
            typos.Add($"\"{args[0]}\" is not a command{Near(args[0], commands)}; expected one of {string.Join(", ", commands)}.");
            return typos;
        }

        var command = parseResult.CommandResult.Command;
        var options = command.Options.Concat(root.Options.Where(o => o.Recursive))
            .SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToArray();
        // Only what the parser could not place, or placed as a positional argument (an unknown --formt before a file
        // name becomes the file name): a value given to an option ("--title '--Q3 draft'") is the user's to choose.
        var placed = parseResult.UnmatchedTokens.ToList();
        foreach (var argument in command.Arguments)
        {
            switch (parseResult.GetResult(argument)?.Tokens)
            {
                case { } tokens:
                    placed.AddRange(tokens.Select(t => t.Value));
                    break;
            }
        }

        foreach (var arg in placed)
        {
            var name = arg.Split('=')[0];
            if (name.StartsWith("--", StringComparison.Ordinal) && name.Length > 2 && !options.Contains(name, StringComparer.Ordinal) && name != "--help" && name != "--version")
            {
                var of = command == root ? "channelshift" : command.Name;
                typos.Add($"{name} is not an option of {of}{Near(name, options)}; expected one of {string.Join(", ", options.Order(StringComparer.Ordinal))}.");
            }
        }

        return typos;
    }

    private static string Near(string typed, IEnumerable<string> known) =>
        Suggestions.Closest(typed, known) is { } near ? $" (did you mean {near}?)" : string.Empty;
}
