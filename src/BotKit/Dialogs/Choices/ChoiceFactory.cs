using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BotKit.Schema;

namespace BotKit.Dialogs.Choices;

/// <summary>Adds a list of choices to a prompt activity in one of the <see cref="ListStyle"/>s.</summary>
public static class ChoiceFactory
{
    /// <summary>The data property an Adaptive Card choice button submits its value in.</summary>
    public const string SubmittedChoiceProperty = "choice";

    /// <summary>
    /// What the user answered: the message text, or, when a card button submitted without text (the Adaptive Card
    /// style on channels that don't turn buttons into messages), the value.choice it posted.
    /// </summary>
    public static string? AnswerOf(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!string.IsNullOrWhiteSpace(activity.Text))
        {
            return activity.Text;
        }

        return BotJson.Convert<JsonElement>(activity.Value) is { ValueKind: JsonValueKind.Object } data
            && data.TryGetProperty(SubmittedChoiceProperty, out var choice) && choice.ValueKind == JsonValueKind.String
                ? choice.GetString()
                : null;
    }

    /// <summary>
    /// Returns <paramref name="prompt"/> with the choices added. Buttons post the choice's value back (imBack), so the
    /// answer arrives as ordinary text; the Adaptive Card style also puts it in value.choice for channels without imBack.
    /// </summary>
    public static Activity Render(Activity prompt, IReadOnlyList<Choice> choices, ListStyle style, ChoiceFactoryOptions options)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(choices);
        ArgumentNullException.ThrowIfNull(options);
        if (choices.Count == 0)
        {
            return prompt;
        }

        switch (style)
        {
            case ListStyle.SuggestedAction:
                prompt.SuggestedActions = new SuggestedActions { Actions = [.. choices.Select(ToAction)] };
                break;
            case ListStyle.Inline:
                prompt.Text = Inline(prompt.Text, choices, options);
                break;
            case ListStyle.List:
                prompt.Text = NumberedList(prompt.Text, choices);
                break;
            case ListStyle.HeroCard:
                prompt.Attachments = [.. prompt.Attachments ?? [], new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = Card(prompt.Text, choices) }];
                prompt.Text = null;
                break;
            case ListStyle.None:
                break;
        }

        return prompt;
    }

    private static CardAction ToAction(Choice choice) =>
        choice.Action ?? new CardAction(ActionTypes.ImBack, choice.Value, choice.Value);

    private static string Inline(string? text, IReadOnlyList<Choice> choices, ChoiceFactoryOptions options)
    {
        var builder = new StringBuilder(text);
        builder.Append(' ');
        for (var i = 0; i < choices.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(i < choices.Count - 1 ? options.InlineSeparator : choices.Count == 2 ? options.InlineOr : options.InlineOrMore);
            }

            builder.Append(CultureInfo.InvariantCulture, $"({i + 1}) {choices[i].Title}");
        }

        return builder.ToString();
    }

    private static string NumberedList(string? text, IReadOnlyList<Choice> choices)
    {
        var lines = choices.Select((choice, i) => $"{i + 1}. {choice.Title}");
        return string.IsNullOrEmpty(text)
            ? string.Join('\n', lines)
            : text + "\n\n" + string.Join('\n', lines);
    }

    private static JsonObject Card(string? text, IReadOnlyList<Choice> choices)
    {
        var body = new JsonArray();
        if (!string.IsNullOrEmpty(text))
        {
            body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true });
        }

        var actions = new JsonArray();
        foreach (var choice in choices)
        {
            actions.Add(new JsonObject
            {
                ["type"] = "Action.Submit",
                ["title"] = choice.Title,
                ["data"] = new JsonObject
                {
                    // Teams turns msteams.imBack into a text message; other channels post the data as value.
                    ["msteams"] = new JsonObject { ["type"] = ActionTypes.ImBack, ["value"] = choice.Value },
                    [SubmittedChoiceProperty] = choice.Value,
                },
            });
        }

        return new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = body,
            ["actions"] = actions,
        };
    }
}
