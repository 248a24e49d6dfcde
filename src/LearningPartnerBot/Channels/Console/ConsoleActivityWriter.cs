using System.Text.Json;
using System.Text.Json.Nodes;
using BotKit.Schema;

namespace LearningPartnerBot.Channels.Console;

/// <summary>Prints what the bot sends and numbers every button it shows, collecting them as <see cref="ConsoleOption"/>s.</summary>
internal sealed class ConsoleActivityWriter(TextWriter output, AdaptiveCardTextRenderer renderer)
{
    public async Task WriteAsync(Activity activity, List<ConsoleOption> options)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(options);

        // Only the newest message with buttons is answered by number: after an answer and a form offered again, "1"
        // is the form's first button, as the partner reads it last, not the answer card's.
        if (activity.Attachments is { Count: > 0 } || activity.SuggestedActions?.Actions is { Count: > 0 })
        {
            options.Clear();
        }

        if (!string.IsNullOrWhiteSpace(activity.Text))
        {
            await output.WriteLineAsync(activity.Text);
        }

        foreach (var attachment in activity.Attachments ?? [])
        {
            await WriteAttachmentAsync(attachment, options);
        }

        foreach (var action in activity.SuggestedActions?.Actions ?? [])
        {
            await WriteCardActionAsync(action, options);
        }
    }

    private async Task WriteAttachmentAsync(Attachment attachment, List<ConsoleOption> options)
    {
        if (attachment.ContentType != ContentTypes.AdaptiveCard || ToCard(attachment.Content) is not { } card)
        {
            await output.WriteLineAsync($"[{attachment.Name ?? attachment.ContentType}] {attachment.ContentUrl}".TrimEnd());
            return;
        }

        foreach (var line in renderer.Render(card))
        {
            await output.WriteLineAsync(line);
        }

        foreach (var action in Actions(card))
        {
            if (AdaptiveCardJson.String(action, "type") == "Action.OpenUrl")
            {
                await WriteLinkAsync(AdaptiveCardJson.String(action, "title"), AdaptiveCardJson.String(action, "url"));
            }
            else if (ConsoleOption.FromAdaptiveAction(action, card) is { } option)
            {
                await AddOptionAsync(option, options);
            }
        }
    }

    private async Task WriteCardActionAsync(CardAction action, List<ConsoleOption> options)
    {
        if (action.Type == ActionTypes.OpenUrl)
        {
            await WriteLinkAsync(action.Title, AdaptiveCardJson.Text(action.Value is null ? null : JsonSerializer.SerializeToNode(action.Value, BotJson.Options)));
        }
        else if (ConsoleOption.FromCardAction(action) is { } option)
        {
            await AddOptionAsync(option, options);
        }
    }

    private async Task AddOptionAsync(ConsoleOption option, List<ConsoleOption> options)
    {
        options.Add(option);
        await output.WriteLineAsync($"  [{options.Count}] {option.Title}");
    }

    private Task WriteLinkAsync(string? title, string? url) =>
        output.WriteLineAsync(string.IsNullOrEmpty(title) ? $"  <{url}>" : $"  {title} <{url}>");

    /// <summary>Buttons inside the body (ActionSet) come first, then the card's own actions, as a reader meets them.</summary>
    private static IEnumerable<JsonObject> Actions(JsonObject card) =>
        AdaptiveCardJson.Elements(card)
            .Where(e => AdaptiveCardJson.String(e, "type") == "ActionSet")
            .SelectMany(e => (e["actions"] as JsonArray ?? []).OfType<JsonObject>())
            .Concat((card["actions"] as JsonArray ?? []).OfType<JsonObject>());

    private static JsonObject? ToCard(object? content)
    {
        try
        {
            return content switch
            {
                null => null,
                string json => JsonNode.Parse(json) as JsonObject,
                _ => JsonSerializer.SerializeToNode(content, BotJson.Options) as JsonObject,
            };
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
