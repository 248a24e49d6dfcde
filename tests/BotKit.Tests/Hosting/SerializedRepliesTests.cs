using System.Text.Json;
using System.Text.Json.Nodes;
using BotKit.Hosting;
using BotKit.Schema;

namespace BotKit.Tests.Hosting;

/// <summary>An expectReplies answer written from replies a send hook already serialized, instead of serializing them again.</summary>
public sealed class SerializedRepliesTests
{
    private enum HookMode
    {
        None,
        RememberAsSent,
        RememberSomethingElse,
        RememberThenForget,
    }

    /// <summary>Replies with text, a card and a suggested action, in characters that JSON escapes or encodes.</summary>
    private sealed class CardBot(HookMode mode) : IBot
    {
        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        {
            turnContext.OnSendActivities((ctx, activities, next) =>
            {
                foreach (var activity in activities)
                {
                    switch (mode)
                    {
                        case HookMode.RememberAsSent:
                            SerializedReplies.Remember(ctx, activity, JsonSerializer.SerializeToUtf8Bytes(activity, BotJson.Options));
                            break;
                        case HookMode.RememberSomethingElse:
                            SerializedReplies.Remember(ctx, activity, JsonSerializer.SerializeToUtf8Bytes(MessageFactory.Text("from the hook"), BotJson.Options));
                            break;
                        case HookMode.RememberThenForget:
                            SerializedReplies.Remember(ctx, activity, JsonSerializer.SerializeToUtf8Bytes(MessageFactory.Text("from the hook"), BotJson.Options));
                            SerializedReplies.Forget(ctx, activity);
                            break;
                    }
                }

                return next();
            });

            var card = new JsonObject
            {
                ["type"] = "AdaptiveCard",
                ["version"] = "1.5",
                ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = "Gümüş & \"Altın\" <b>✅</b>" }),
            };
            var reply = MessageFactory.Attachment(new Attachment { ContentType = "application/vnd.microsoft.card.adaptive", Content = card });
            reply.Text = $"echo: {turnContext.Activity.Text} – ğüşİı 😀";
            await turnContext.SendActivityAsync(reply, cancellationToken);
            await turnContext.SendActivityAsync("second", cancellationToken: cancellationToken);
        }
    }

    [Fact]
    public async Task Replies_remembered_as_sent_give_the_same_response_byte_for_byte()
    {
        var plain = await new HttpTurn().PostAsync(new CardBot(HookMode.None), HttpTurn.Message("merhaba", DeliveryModes.ExpectReplies));
        var remembered = await new HttpTurn().PostAsync(new CardBot(HookMode.RememberAsSent), HttpTurn.Message("merhaba", DeliveryModes.ExpectReplies));

        Assert.Equal(200, remembered.Status);
        Assert.Equal(plain.Body, remembered.Body);
        var replies = JsonSerializer.Deserialize<ExpectedReplies>(remembered.Body, BotJson.Options)!;
        Assert.Equal(["echo: merhaba – ğüşİı 😀", "second"], replies.Activities.Select(a => a.Text));
    }

    [Fact]
    public async Task The_remembered_bytes_are_written_instead_of_serializing_the_reply_again()
    {
        var (_, body, _) = await new HttpTurn().PostAsync(new CardBot(HookMode.RememberSomethingElse), HttpTurn.Message("merhaba", DeliveryModes.ExpectReplies));

        var replies = JsonSerializer.Deserialize<ExpectedReplies>(body, BotJson.Options)!;
        Assert.Equal(["from the hook", "from the hook"], replies.Activities.Select(a => a.Text));
    }

    [Fact]
    public async Task A_forgotten_reply_is_serialized_as_it_is()
    {
        var (_, body, _) = await new HttpTurn().PostAsync(new CardBot(HookMode.RememberThenForget), HttpTurn.Message("merhaba", DeliveryModes.ExpectReplies));

        var replies = JsonSerializer.Deserialize<ExpectedReplies>(body, BotJson.Options)!;
        Assert.Equal(["echo: merhaba – ğüşİı 😀", "second"], replies.Activities.Select(a => a.Text));
    }

    [Fact]
    public async Task Outside_expectReplies_the_channel_gets_each_reply_itself_whatever_a_hook_remembered()
    {
        var http = new HttpTurn();
        await http.PostAsync(new CardBot(HookMode.RememberSomethingElse), HttpTurn.Message("merhaba"));

        Assert.Equal(["echo: merhaba – ğüşİı 😀", "second"], http.Connector.Calls.Select(c => c.Activity.Text));
    }

    [Fact]
    public async Task Each_turn_gets_its_own_replies_when_remembered_copies_are_reused_between_turns()
    {
        var http = new HttpTurn();
        var bot = new CardBot(HookMode.RememberAsSent);
        foreach (var text in new[] { "a much longer first question, so that its copy is the larger one", "kort", "ikinci soru" })
        {
            var (_, body, _) = await http.PostAsync(bot, HttpTurn.Message(text, DeliveryModes.ExpectReplies));

            var replies = JsonSerializer.Deserialize<ExpectedReplies>(body, BotJson.Options)!;
            Assert.Equal([$"echo: {text} – ğüşİı 😀", "second"], replies.Activities.Select(a => a.Text));
        }
    }
}
