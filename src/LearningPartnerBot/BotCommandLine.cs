using System.CommandLine;
using LearningPartnerBot.Channels.Console;
using LearningPartnerBot.Channels.Teams.Package;
using LearningPartnerBot.Conversation.Phrasings;
using LearningPartnerBot.Eligibility.Demo;
using LearningPartnerBot.Knowledge.Tools;

namespace LearningPartnerBot;

/// <summary>
/// The bot's commands under one root: <c>chat</c> (the bot in a terminal), <c>kb …</c> and <c>intent</c> (the content owners' tools),
/// <c>seed-demo</c> and <c>teams-package</c> (the operator's). A command line that does not start with one of them
/// (or with --help) belongs to the web host, so <c>--urls</c> and configuration overrides keep working.
/// </summary>
public static class BotCommandLine
{
    /// <summary>The exit code for a command line that does not parse: nothing was run or written.</summary>
    public const int UsageError = 2;

    private static readonly string[] HelpTokens = ["-h", "--help", "-?"];

    public static bool IsCommand(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return args is [var first, ..]
            && (HelpTokens.Contains(first) || Root(TextWriter.Null, TextWriter.Null).Subcommands.Any(command => command.Name == first));
    }

    public static async Task<int> InvokeAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var parsed = Root(output, error).Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // Every problem at once, each naming the argument it is about; the usage follows from --help.
            foreach (var problem in parsed.Errors)
            {
                await error.WriteLineAsync(problem.Message);
            }

            await error.WriteLineAsync($"Run '{CommandPath(parsed.CommandResult)}--help' for the usage.");
            return UsageError;
        }

        return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
    }

    /// <summary>"kb test " for the kb test command, "" for the root.</summary>
    private static string CommandPath(System.CommandLine.Parsing.CommandResult? result)
    {
        var names = new List<string>();
        for (; result is not null && result.Command is not RootCommand; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Insert(0, result.Command.Name);
        }

        return names.Count == 0 ? string.Empty : string.Join(' ', names) + " ";
    }

    private static RootCommand Root(TextWriter output, TextWriter error) =>
        new("LearningPartnerBot. Without a command, runs the web host.")
        {
            ConsoleChatCommand.Create(),
            KbCommand.Create(output),
            IntentCommand.Create(output),
            SeedDemoCommand.Create(output),
            TeamsPackageCommand.Create(output, error),
        };
}
