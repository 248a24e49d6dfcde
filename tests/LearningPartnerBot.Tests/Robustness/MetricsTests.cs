using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net.Http.Json;
using LearningPartnerBot.Diagnostics;
using LearningPartnerBot.Tests.Hosting;
using LearningPartnerBot.Tests.Tickets;
using LearningPartnerBot.Tickets;
using Microsoft.Extensions.DependencyInjection;

namespace LearningPartnerBot.Tests.Robustness;

public sealed class MetricsTests : IDisposable
{
    private readonly RobustBotFactory _bot = new();
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)> _measurements = new();

    public MetricsTests()
    {
        // Only this host's meter: other tests run hosts of their own in parallel, with meters of the same name.
        var meter = _bot.App.Services.GetRequiredService<BotMetrics>().Meter;
        Assert.Equal("LearningPartnerBot", meter.Name);
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter, meter))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((i, value, tags, _) => Record(i, value, tags));
        _listener.SetMeasurementEventCallback<double>((i, value, tags, _) => Record(i, value, tags));
        _listener.Start();
    }

    [Fact]
    public async Task A_turn_is_counted_and_timed_with_its_channel_and_activity_type()
    {
        await _bot.CreateClient().PostAsJsonAsync("/api/messages", WebChatActivities.Message("metrics-turn", "hi"));

        var turn = Assert.Single(Of("lpb.turns"));
        Assert.Equal(1, turn.Value);
        Assert.Equal("webchat", turn.Tags["channel"]);
        Assert.Equal("message", turn.Tags["activity.type"]);
        Assert.True(Assert.Single(Of("lpb.turn.duration")).Value > 0);
    }

    [Fact]
    public async Task An_unknown_activity_type_is_tagged_other_so_callers_cannot_invent_time_series()
    {
        var activity = WebChatActivities.Message("metrics-odd", "hi");
        activity["type"] = "madeUpType";

        await _bot.CreateClient().PostAsJsonAsync("/api/messages", activity);

        Assert.Equal("other", Assert.Single(Of("lpb.turns")).Tags["activity.type"]);
    }

    [Fact]
    public async Task An_answered_question_and_an_abstention_are_counted_by_locale()
    {
        var client = _bot.CreateClient();

        await client.PostAsJsonAsync("/api/messages", WebChatActivities.Message("metrics-faq", "Welke rol heb ik nodig in Partner Center om ons in te schrijven?", "nl-NL"));
        await client.PostAsJsonAsync("/api/messages", WebChatActivities.Message("metrics-faq", "zorbulax quintaflep wibbly?", "nl-NL"));

        Assert.Equal("nl", Assert.Single(Of("lpb.faq.answers")).Tags["locale"]);
        Assert.Single(Of("lpb.faq.abstentions"));
    }

    [Fact]
    public async Task A_filed_ticket_is_counted_by_kind_and_a_redelivered_submit_is_not()
    {
        var tickets = _bot.App.Services.GetRequiredService<ITicketService>();
        var submit = SampleTickets.Kpi(activityId: "metrics-submit");

        await tickets.CreateAsync(submit);
        await tickets.CreateAsync(submit);

        Assert.Equal("KpiDiscrepancy", Assert.Single(Of("lpb.tickets.filed")).Tags["kind"]);
    }

    public void Dispose()
    {
        _listener.Dispose();
        _bot.Dispose();
    }

    private List<(string Instrument, double Value, Dictionary<string, object?> Tags)> Of(string instrument) =>
        [.. _measurements.Where(m => m.Instrument == instrument)];

    private void Record<T>(Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        where T : struct =>
        _measurements.Enqueue((instrument.Name, Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture), new Dictionary<string, object?>(tags.ToArray())));
}
