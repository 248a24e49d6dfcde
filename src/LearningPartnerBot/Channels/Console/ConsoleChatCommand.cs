using BotKit.Hosting;
using LearningPartnerBot.Bots;
using LearningPartnerBot.Data;
using Microsoft.Extensions.Configuration.Memory;

namespace LearningPartnerBot.Channels.Console;

/// <summary>
/// `dotnet run -- chat [--locale nl|tr|en]`: the same bot, services and pipeline as the web host, in a terminal.
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

    public static bool TryParse(string[] args, out ConsoleChatCommand command)
    {
        command = null!;
        if (args is not ["chat", .. var rest])
        {
            return false;
        }

        string? locale = null;
        var hostArgs = new List<string>();
        for (var i = 0; i < rest.Length; i++)
        {
            if (rest[i] == "--locale" && i + 1 < rest.Length)
            {
                locale = rest[++i];
            }
            else
            {
                hostArgs.Add(rest[i]);
            }
        }

        command = new ConsoleChatCommand([.. hostArgs], locale);
        return true;
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
