using BotKit.Hosting;

namespace LearningPartnerBot.Channels.Console;

/// <summary>Chat with a bot in a terminal, without HTTP or a channel: handy for trying dialogs and for tests.</summary>
public static class ConsoleChat
{
    /// <summary>Runs until the user types "exit" or "quit", or <paramref name="input"/> ends.</summary>
    public static Task RunAsync(IBot bot, TextReader input, TextWriter output, string? locale, CancellationToken cancellationToken) =>
        new ConsoleAdapter(input, output, locale).RunAsync(bot, cancellationToken);
}
