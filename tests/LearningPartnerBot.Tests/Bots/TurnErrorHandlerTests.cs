using System.Globalization;
using BotKit.Hosting;
using BotKit.Schema;
using BotKit.State;
using BotKit.Testing;
using LearningPartnerBot.Bots;
using LearningPartnerBot.Requests;
using LearningPartnerBot.Localization;
using Microsoft.Extensions.Logging;
using ChannelIds = BotKit.Schema.Channels;

namespace LearningPartnerBot.Tests.Bots;

public sealed class TurnErrorHandlerTests
{
    private readonly MemoryStorage _storage = new();
    private readonly CapturingLogger<TurnErrorHandler> _logger = new();
    private readonly TestAdapter _adapter;
    private readonly ConversationState _conversationState;

    public TurnErrorHandlerTests()
    {
        _conversationState = new ConversationState(_storage);
        _adapter = new TestAdapter(ChannelIds.Emulator, sendTraceActivity: true);
        new BotPipeline(new TurnErrorHandler(_logger, _conversationState), _conversationState, new UserState(_storage), new RecentTurns(_storage, TimeProvider.System)).Apply(_adapter);
    }

    /// <summary>Remembers something in conversation state, and on "boom" fails mid-turn.</summary>
    private async Task RunTurnAsync(string text, string locale)
    {
        _adapter.Locale = locale;
        var progress = _conversationState.CreateProperty<List<string>>("progress");
        await _adapter.SendTextToBotAsync(text, async (ctx, ct) =>
        {
            var seen = await progress.GetAsync(ctx, () => [], ct);
            seen!.Add(text);
            if (text == "boom")
            {
                throw new InvalidOperationException("The eligibility service is down.");
            }

            if (text == "leak")
            {
                throw new InvalidOperationException("Invoice INV-2026-0042 of ayse@contoso.example could not be saved.");
            }

            if (text == "conflict")
            {
                throw new EtagConflictException(StorageKeyOf(ctx), "read-at", "saved-by-another-instance");
            }
        });
    }

    private static string StorageKeyOf(ITurnContext ctx) => $"{ctx.Activity.ChannelId}/conversations/{ctx.Activity.Conversation!.Id}";

    private Task<IReadOnlyDictionary<string, StoreItem>> StoredConversationAsync() =>
        _storage.ReadAsync([$"{ChannelIds.Emulator}/conversations/{_adapter.Conversation.Conversation!.Id}"]);

    [Theory]
    [InlineData("en-US", "en")]
    [InlineData("nl-BE", "nl")]
    [InlineData("tr-TR", "tr")]
    public async Task The_partner_gets_an_apology_in_their_language(string locale, string language)
    {
        await RunTurnAsync("boom", locale);

        var strings = BotStrings.Get(new CultureInfo(language));
        Assert.Equal(strings.TurnErrorApology, _adapter.GetNextReply()?.Text);
        Assert.Equal(strings.TurnErrorRetry, _adapter.GetNextReply()?.Text);
    }

    [Fact]
    public async Task The_error_is_logged_with_a_message_template_and_the_exception()
    {
        await RunTurnAsync("boom", "en-US");

        var entry = Assert.Single(_logger.Entries, e => e.Level == LogLevel.Error);
        Assert.Contains("{ConversationId}", entry.Template, StringComparison.Ordinal);
        Assert.Contains(_adapter.Conversation.Conversation!.Id!, entry.Message, StringComparison.Ordinal);
        Assert.StartsWith("System.InvalidOperationException: ", entry.Exception!.ToString(), StringComparison.Ordinal);
        Assert.NotNull(entry.Exception.StackTrace);
    }

    [Fact]
    public async Task The_conversation_state_is_deleted_so_the_failure_cannot_repeat()
    {
        await RunTurnAsync("hello", "en-US");
        Assert.NotEmpty(await StoredConversationAsync());

        await RunTurnAsync("boom", "en-US");

        Assert.Empty(await StoredConversationAsync());
    }

    [Fact]
    public async Task A_trace_carries_the_error_to_developers()
    {
        await RunTurnAsync("boom", "en-US");

        var trace = Assert.Single(_adapter.ActiveQueue, a => a.IsType(ActivityTypes.Trace));
        Assert.Equal(TurnErrorHandler.TraceName, trace.Name);
        Assert.Equal(TurnErrorHandler.TraceValueType, trace.ValueType);
        Assert.Equal("InvalidOperationException: The eligibility service is down.", trace.Value);
    }

    [Fact]
    public async Task The_trace_masks_partner_data_quoted_in_the_error()
    {
        await RunTurnAsync("leak", "en-US");

        var trace = (string)Assert.Single(_adapter.ActiveQueue, a => a.IsType(ActivityTypes.Trace)).Value!;
        Assert.DoesNotContain("INV-2026-0042", trace, StringComparison.Ordinal);
        Assert.DoesNotContain("ayse@contoso.example", trace, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ChannelIds.Webchat)]
    [InlineData(ChannelIds.Msteams)]
    [InlineData(ChannelIds.Directline)]
    public async Task Outside_the_emulator_no_trace_is_sent_only_the_apology(string channelId)
    {
        var storage = new MemoryStorage();
        var state = new ConversationState(storage);
        var adapter = new TestAdapter(channelId, sendTraceActivity: true);
        new BotPipeline(new TurnErrorHandler(new CapturingLogger<TurnErrorHandler>(), state), state, new UserState(storage), new RecentTurns(storage, TimeProvider.System)).Apply(adapter);

        await adapter.SendTextToBotAsync("boom", (_, _) => throw new InvalidOperationException("Invoice INV-2026-0042 failed."));

        Assert.DoesNotContain(adapter.ActiveQueue, a => a.IsType(ActivityTypes.Trace));
        Assert.Contains(adapter.ActiveQueue, a => a.IsType(ActivityTypes.Message));
    }

    [Fact]
    public async Task A_failure_while_apologising_still_deletes_the_state()
    {
        await RunTurnAsync("hello", "en-US");
        _adapter.Use(new FailingSendMiddleware());

        await RunTurnAsync("boom", "en-US");

        Assert.Empty(await StoredConversationAsync());
        Assert.Contains(_logger.Entries, e => e.Template.Contains("could not {Step}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_state_conflict_with_another_instance_keeps_its_state_and_shows_no_apology()
    {
        await RunTurnAsync("hello", "en-US");
        _ = _adapter.GetNextReply();
        var before = (await StoredConversationAsync()).Single().Value;

        await RunTurnAsync("conflict", "en-US");

        var after = (await StoredConversationAsync()).Single().Value;
        Assert.Equal(before.ETag, after.ETag);
        Assert.DoesNotContain(_adapter.ActiveQueue, a => a.Text == BotStrings.Get(new CultureInfo("en")).TurnErrorApology);
        Assert.DoesNotContain(_logger.Entries, e => e.Level == LogLevel.Error);
        Assert.Contains(_logger.Entries, e => e.Level == LogLevel.Warning && e.Exception is EtagConflictException);
    }

    private sealed class FailingSendMiddleware : IMiddleware
    {
        public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
        {
            turnContext.OnSendActivities((ctx, activities, nextSend) => throw new HttpRequestException("channel unreachable"));
            return next(cancellationToken);
        }
    }
}
