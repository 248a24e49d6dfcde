using LearningPartnerBot.Knowledge.Chat;
using LearningPartnerBot.Requests;

namespace LearningPartnerBot.Conversation;

/// <summary>Where a message came from: typed words are read for their meaning, a click carries its meaning in its data.</summary>
public enum MessageSource
{
    /// <summary>Typed (or an imBack button, which Teams and Web Chat post as typed text).</summary>
    Typed,

    /// <summary>A button whose data names an intent or a journey.</summary>
    Button,

    /// <summary>A request form's button (Continue, Send, Cancel) with the form's values.</summary>
    Form,

    /// <summary>A button on an FAQ answer card (show a topic, vote).</summary>
    FaqCard,

    /// <summary>Nothing to read: an empty message or a card submit nobody knows.</summary>
    Nothing,
}

/// <summary>
/// One reading of one message, made once per turn by <see cref="MessageRecognizer"/>: every part of the bot that needs
/// to know what the partner meant reads this, never the text again.
/// </summary>
public sealed record Understanding(Intent Intent, MessageSource Source, string Text, MessageEntities Entities, string? Language)
{
    /// <summary>The form button that was clicked, when <see cref="Source"/> is <see cref="MessageSource.Form"/>.</summary>
    public FormSubmit? Form { get; init; }

    /// <summary>The FAQ card button that was clicked, when <see cref="Source"/> is <see cref="MessageSource.FaqCard"/>.</summary>
    public FaqCardAction? FaqAction { get; init; }

    /// <summary>The request form a button or message asks for (kpi-discrepancy, directory-listing), if any.</summary>
    public string? RequestForm => Intent switch
    {
        Intent.FileDiscrepancy => Knowledge.TopicActions.KpiDiscrepancy,
        Intent.RequestDirectory => Knowledge.TopicActions.DirectoryListing,
        _ => null,
    };

    /// <summary>Whether this asks to leave or change what is going on, so an open step must not take it as its answer.</summary>
    public bool IsCommand => Intent is Intent.Cancel or Intent.StartOver or Intent.Help or Intent.TalkToPerson or Intent.MyRequests
        or Intent.CheckEligibility or Intent.FileRequest or Intent.FileDiscrepancy or Intent.RequestDirectory or Intent.AskQuestion;
}
