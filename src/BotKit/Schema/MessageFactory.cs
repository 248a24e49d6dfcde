namespace BotKit.Schema;

/// <summary>Shortcuts for building outgoing message activities, as in the SDK.</summary>
public static class MessageFactory
{
    public static Activity Text(string text, string? speak = null, string? inputHint = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Speak = speak,
        InputHint = inputHint,
    };

    public static Activity Attachment(Attachment attachment, string? text = null, string? inputHint = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        InputHint = inputHint,
        Attachments = [attachment],
    };

    public static Activity Carousel(IEnumerable<Attachment> attachments, string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        AttachmentLayout = AttachmentLayoutTypes.Carousel,
        Attachments = [.. attachments],
    };

    /// <summary>A message with quick-reply buttons; each choice posts its own text back (imBack).</summary>
    public static Activity SuggestedActions(IEnumerable<string> choices, string? text = null, string? inputHint = null) =>
        SuggestedActions(choices.Select(c => new CardAction(ActionTypes.ImBack, c, c)), text, inputHint);

    public static Activity SuggestedActions(IEnumerable<CardAction> actions, string? text = null, string? inputHint = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        InputHint = inputHint,
        SuggestedActions = new SuggestedActions { Actions = [.. actions] },
    };
}
