using System.Text.Json;
using System.Text.Json.Nodes;
using BotKit.Schema;
using LearningPartnerBot.Conversation;

namespace LearningPartnerBot.Channels.Teams;

/// <summary>
/// Turns an Action.Execute (verb + data) into the Action.Submit value the bot already handles, so a card button
/// means the same thing whichever action type carries it. The verb names the submit key: <c>faq</c> (data: the FAQ
/// button's object) or <c>journey</c> (data: a journey id, or <c>{"journey": id}</c>). Data already shaped like the
/// submit data (<c>{"faq": {...}}</c>) is taken as it is, so a card can switch action type without changing its data.
/// </summary>
public static class ExecuteActionRoute
{
    public const string FaqVerb = CardSubmits.Faq;
    public const string JourneyVerb = CardSubmits.Journey;

    /// <summary>The message a submit of the same button would have produced, or null when the verb or data is not one the bot handles.</summary>
    public static Activity? ToSubmitMessage(Activity invoke, AdaptiveCardInvokeAction action)
    {
        ArgumentNullException.ThrowIfNull(invoke);
        ArgumentNullException.ThrowIfNull(action);
        if (action.Verb is not (FaqVerb or JourneyVerb) || SubmitValue(action.Verb, action.Data) is not { } value)
        {
            return null;
        }

        var message = invoke.Clone();
        message.Type = ActivityTypes.Message;
        message.Name = null;
        message.Text = null;
        message.Value = value;

        // Checked with the same readers the message path uses, so a route accepted here is one it will act on.
        return CardSubmits.Understands(action.Verb, message) ? message : null;
    }

    private static JsonElement? SubmitValue(string verb, JsonElement? data)
    {
        var inner = data switch
        {
            { ValueKind: JsonValueKind.Object } d when d.TryGetProperty(verb, out var shaped) => JsonNode.Parse(shaped.GetRawText()),
            { ValueKind: JsonValueKind.Object or JsonValueKind.String } d => JsonNode.Parse(d.GetRawText()),
            _ => null,
        };
        return inner is null ? null : JsonSerializer.SerializeToElement(new JsonObject { [verb] = inner });
    }
}
