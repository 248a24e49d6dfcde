using System.CommandLine;
using BotKit.Hosting;
using LearningPartnerBot.Bots;
using LearningPartnerBot.Data;
using Microsoft.Extensions.Configuration.Memory;

namespace LearningPartnerBot.Channels.Console;

/// <summary>
/// `dotnet run -- chat [--locale nl|tr|en]`: the same bot, services and pipeline as the web host, in a terminal. Any
/// further arguments are configuration, as for the web host.
/// </summary>
public sealed class ConsoleChatCommand
{
    private readonly string[] _hostArgs;
    private readonly string? _locale;

    private ConsoleChatCommand(string[] hostArgs, string? locale)
    {
        _hostArgs = hostArgs;
        _locale = locale;
    }

    private static readonly Dictionary<string, string?> ConsoleDefaults = new()
    {
        ["Eligibility:DemoIdentities"] = "true",
        ["Eligibility:SeedDemoData"] = "true",
    };

    /// <summary>The <c>chat</c> command of <see cref="BotCommandLine"/>.</summary>
    public static Command Create()
    {
        var locale = new Option<string?>("--locale") { Description = "The chat's language: en, nl or tr (default: en)." };
        var command = new Command("chat", "Chat with the bot in this terminal.") { locale };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((result, _) => new ConsoleChatCommand([.. result.UnmatchedTokens], result.GetValue(locale)).RunAsync());
        return command;
    }

    public async Task<int> RunAsync()
    {
        var builder = Host.CreateApplicationBuilder(_hostArgs);

        // The terminal has no signed-in user: offer the demo users (seeded on first run). First in the list of
        // sources, so appsettings, environment variables and arguments can still turn this off.
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = ConsoleDefaults });

        // The terminal is the conversation: framework logs would interleave with the chat.
        builder.Logging.ClearProviders();
        builder.Services
            .AddBotKit(builder.Configuration)
            .AddBotStorage(builder.Configuration)
            .AddLearningPartnerBot(builder.Configuration);

        using var host = builder.Build();

        // Start-up work (the knowledge base's index and tables) runs in hosted services, as in the web host.
        await host.StartAsync();
        var adapter = new ConsoleAdapter(System.Console.In, System.Console.Out, _locale);
        host.Services.GetRequiredService<BotPipeline>().Apply(adapter);

        using var cancellation = new CancellationTokenSource();
        System.Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        try
        {
            await adapter.RunAsync(host.Services.GetRequiredService<IBot>(), cancellation.Token);
        }
        catch (OperationCanceledException)
        {
        }

        await host.StopAsync();
        return 0;
    }
}
