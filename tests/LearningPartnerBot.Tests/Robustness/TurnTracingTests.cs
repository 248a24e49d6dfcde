using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using LearningPartnerBot.Conversation;
using LearningPartnerBot.Diagnostics;
using LearningPartnerBot.Tests.Hosting;
using Microsoft.Extensions.Configuration;

namespace LearningPartnerBot.Tests.Robustness;

/// <summary>
/// Each turn is one span that says what the bot made of the message (intent, FAQ decision) and never what the partner
/// wrote. Turns are told apart by the trace id the request carries, since other tests run hosts in parallel.
/// </summary>
public sealed class TurnTracingTests : IDisposable
{
    private readonly RobustBotFactory _bot = new();
    private readonly ConcurrentQueue<Activity> _stopped = new();
    private readonly ActivityListener _listener;

    public TurnTracingTests()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is BotTracing.SourceName or "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    [Theory]
    [InlineData("en-US", "Which role do I need in Partner Center to enroll our company?", "en")]
    [InlineData("nl-NL", "Welke rol moet ik in Partner Center hebben om ons bedrijf in te schrijven?", "nl")]
    [InlineData("tr-TR", "Şirketimizi kaydetmek için Partner Center'da hangi role sahip olmam gerekiyor?", "tr")]
    public async Task An_answered_question_is_a_turn_span_with_the_intent_and_the_faq_decision_and_no_text(string locale, string question, string language)
    {
        var (turn, trace) = await TurnAsync(locale, question);

        Assert.Equal(nameof(Intent.Question), turn.GetTagItem(BotTracing.IntentTag));
        Assert.Equal("Typed", turn.GetTagItem(BotTracing.MessageSourceTag));
        Assert.Equal("answered", turn.GetTagItem(BotTracing.FaqDecisionTag));
        Assert.Equal(language, turn.GetTagItem(BotTracing.FaqLanguageTag));
        Assert.False(string.IsNullOrEmpty(turn.GetTagItem(BotTracing.FaqTopicTag) as string));
        Assert.Equal("webchat", turn.GetTagItem(BotTracing.ChannelTag));
        AssertNoTextOf(question, trace);
    }

    [Theory]
    [InlineData("en-US", "zorbulax quintaflep wibbly?")]
    [InlineData("nl-NL", "Hoeveel kost een zorbulax voor mijn quintaflep?")]
    [InlineData("tr-TR", "Zorbulax quintaflep için ne kadar öderim?")]
    public async Task A_question_the_bot_is_not_sure_of_is_tagged_with_that_decision_and_no_topic(string locale, string question)
    {
        var (turn, trace) = await TurnAsync(locale, question);

        Assert.Equal(nameof(Intent.Question), turn.GetTagItem(BotTracing.IntentTag));
        Assert.NotEqual("answered", turn.GetTagItem(BotTracing.FaqDecisionTag));
        Assert.NotNull(turn.GetTagItem(BotTracing.FaqDecisionTag));
        Assert.Null(turn.GetTagItem(BotTracing.FaqTopicTag));
        AssertNoTextOf(question, trace);
    }

    [Theory]
    [InlineData("en-US", "Hello there")]
    [InlineData("nl-NL", "Goedemiddag")]
    [InlineData("tr-TR", "Merhaba")]
    public async Task A_greeting_is_tagged_as_one_and_makes_no_faq_decision(string locale, string greeting)
    {
        var (turn, trace) = await TurnAsync(locale, greeting);

        Assert.Equal(nameof(Intent.Greeting), turn.GetTagItem(BotTracing.IntentTag));
        Assert.Null(turn.GetTagItem(BotTracing.FaqDecisionTag));
        AssertNoTextOf(greeting, trace);
    }

    [Fact]
    public async Task Metrics_are_not_served_for_scraping_unless_configured()
    {
        var response = await _bot.CreateClient().GetAsync(TelemetryServiceCollectionExtensions.PrometheusPath);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task With_prometheus_enabled_a_turn_shows_up_on_the_scraping_endpoint()
    {
        using var bot = new RobustBotFactory(new Dictionary<string, string?> { ["Telemetry:Prometheus:Enabled"] = "true" });
        var client = bot.CreateClient();
        await client.PostAsJsonAsync("/api/messages", WebChatActivities.Message("prometheus-turn", "hi"));

        var scraped = await client.GetStringAsync(TelemetryServiceCollectionExtensions.PrometheusPath);

        Assert.Contains("lpb_turns", scraped, StringComparison.Ordinal);
        Assert.Contains("channel=\"webchat\"", scraped, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_prometheus_port_the_endpoint_does_not_answer_on_the_public_listener_whatever_the_host_header_says()
    {
        using var bot = new RobustBotFactory(new Dictionary<string, string?> { ["Telemetry:Prometheus:Enabled"] = "true", ["Telemetry:Prometheus:Port"] = "9464" });
        var client = bot.CreateClient();
        using var spoofed = new HttpRequestMessage(HttpMethod.Get, TelemetryServiceCollectionExtensions.PrometheusPath);
        spoofed.Headers.Host = "localhost:9464";

        var plain = await client.GetAsync(TelemetryServiceCollectionExtensions.PrometheusPath);
        var withHost = await client.SendAsync(spoofed);

        Assert.Equal(HttpStatusCode.NotFound, plain.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, withHost.StatusCode);
        Assert.DoesNotContain("lpb_", await withHost.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Telemetry:Otlp:Endpoint", "localhost:4317")]
    [InlineData("Telemetry:Otlp:Protocol", "udp")]
    [InlineData("Telemetry:Prometheus:Port", "metrics")]
    public void A_mistyped_telemetry_setting_stops_start_up_with_its_name(string key, string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();

        var error = Assert.Throws<InvalidOperationException>(() => TelemetrySettings.From(configuration));

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _listener.Dispose();
        _bot.Dispose();
    }

    private async Task<(Activity Turn, List<Activity> Trace)> TurnAsync(string locale, string text)
    {
        var traceId = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = JsonContent.Create(WebChatActivities.Message("trace-" + traceId, text, locale)),
        };
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");

        var response = await _bot.CreateClient().SendAsync(request);

        Assert.True(response.IsSuccessStatusCode, response.StatusCode.ToString());
        var trace = _stopped.Where(a => a.TraceId == traceId).ToList();
        return (Assert.Single(trace, a => a.OperationName == BotTracing.TurnActivityName), trace);
    }

    /// <summary>No span of the turn's trace carries the message, or any longer word of it, in its name, tags or events.</summary>
    private static void AssertNoTextOf(string text, List<Activity> trace)
    {
        var words = text.Split([' ', '?', '\''], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 5).Append(text).ToList();
        foreach (var span in trace)
        {
            var recorded = new[] { span.DisplayName, span.StatusDescription ?? string.Empty }
                .Concat(span.TagObjects.Select(t => Convert.ToString(t.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty))
                .Concat(span.Events.SelectMany(e => e.Tags.Select(t => Convert.ToString(t.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty).Append(e.Name)))
                .Concat(span.Baggage.Select(b => b.Value ?? string.Empty));
            foreach (var value in recorded)
            {
                Assert.DoesNotContain(words, w => value.Contains(w, StringComparison.OrdinalIgnoreCase));
            }
        }
    }
}
