using System.Globalization;
using BotKit.Hosting;
using BotKit.Schema;
using LearningPartnerBot.Localization;
using ChannelIds = BotKit.Schema.Channels;

namespace LearningPartnerBot.Channels.Console;

/// <summary>
/// Runs a bot in a terminal: each line typed is a message from one fixed user, and what the bot sends is printed
/// with its buttons numbered. Typing a number presses that button of the bot's latest reply.
/// </summary>
public sealed class ConsoleAdapter : InProcessAdapter
{
    public const string UserId = "console-user";
    public const string BotId = "learning-partner-bot";
    public const string ConversationId = "console-conversation";

    private static readonly string[] ExitCommands = ["exit", "quit"];

    private readonly TextReader _input;
    private readonly TextWriter _output;
    private readonly BotStrings _strings;
    private readonly ConsoleActivityWriter _writer;
    private readonly ConsoleFormFiller _forms;
    private readonly ConversationReference _conversation;
    private readonly List<ConsoleOption> _options = [];
    private int _nextId;

    /// <param name="locale">The user's locale, as <c>--locale nl</c> gives it; null means English.</param>
    public ConsoleAdapter(TextReader input, TextWriter output, string? locale = null)
        : base(TimeProvider.System)
    {
        _input = input ?? throw new ArgumentNullException(nameof(input));
        _output = output ?? throw new ArgumentNullException(nameof(output));
        _strings = BotStrings.Get(SupportedLocales.Match(locale) ?? SupportedLocales.Default);
        _writer = new ConsoleActivityWriter(output, new AdaptiveCardTextRenderer());
        _forms = new ConsoleFormFiller(input, output, _strings);
        _conversation = new ConversationReference
        {
            ChannelId = ChannelIds.Console,
            ServiceUrl = "console:",
            User = new ChannelAccount(UserId, "User", RoleTypes.User),
            Bot = new ChannelAccount(BotId, "Learning Partner Bot", RoleTypes.Bot),
            Conversation = new ConversationAccount(ConversationId),
            Locale = locale ?? SupportedLocales.Default.Name,
        };
    }

    /// <summary>Greets (conversationUpdate), then relays lines until "exit", "quit" or the end of the input.</summary>
    public async Task RunAsync(IBot bot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bot);
        await ProcessAsync(new Activity { Type = ActivityTypes.ConversationUpdate, MembersAdded = [_conversation.User!] }, bot, cancellationToken);

        while (await ReadUserActivityAsync(cancellationToken) is { } activity)
        {
            await ProcessAsync(activity, bot, cancellationToken);
        }

        await _output.WriteLineAsync(_strings.ConsoleGoodbye);
    }

    private async Task<Activity?> ReadUserActivityAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            await _output.WriteAsync("> ");
            var line = (await _input.ReadLineAsync(cancellationToken))?.Trim();
            if (line is null || ExitCommands.Contains(line, StringComparer.OrdinalIgnoreCase))
            {
                return null;
            }

            if (line.Length == 0)
            {
                continue;
            }

            if (!int.TryParse(line, out var number) || number < 1 || number > _options.Count)
            {
                return new Activity { Type = ActivityTypes.Message, Text = line };
            }

            var option = _options[number - 1];
            if (option.Inputs.Count == 0)
            {
                return option.ToActivity(null);
            }

            var answers = await _forms.FillAsync(option.Inputs, cancellationToken);
            return answers is null ? null : option.ToActivity(answers);
        }
    }

    private async Task ProcessAsync(Activity activity, IBot bot, CancellationToken cancellationToken)
    {
        // Only the buttons of the bot's latest reply can be chosen, so a bare number answering a question
        // (e.g. "how many certified people?") is not mistaken for an old button.
        _options.Clear();

        await RunTurnAsync(activity, _conversation, _ => (++_nextId).ToString(CultureInfo.InvariantCulture), bot, cancellationToken);
        if (_options.Count > 0)
        {
            await _output.WriteLineAsync(_strings.ConsoleChooseHint);
        }
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new ResourceResponse[activities.Length];
        for (var i = 0; i < activities.Length; i++)
        {
            if (activities[i].IsType(ActivityTypes.Message))
            {
                await _writer.WriteAsync(activities[i], _options);
            }

            responses[i] = new ResourceResponse(activities[i].Id ??= (++_nextId).ToString(CultureInfo.InvariantCulture));
        }

        return responses;
    }

    /// <summary>A terminal can't edit what it printed, so the updated message is printed again.</summary>
    public override async Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        await _writer.WriteAsync(activity, _options);
        return new ResourceResponse(activity.Id);
    }
}
