using BotKit.Dialogs;
using LearningPartnerBot.Eligibility.Chat;
using LearningPartnerBot.Knowledge.Chat;
using LearningPartnerBot.Requests;
using LearningPartnerBot.Requests.DirectoryListing;
using LearningPartnerBot.Requests.Discrepancy;

namespace LearningPartnerBot.Conversation;

/// <summary>Which journey is open, as a partner would name it, for "stopped: …", "still open: …" and step help.</summary>
public enum OpenJourney
{
    None,
    Menu,
    Faq,
    Eligibility,
    RequestsMenu,
    DiscrepancyForm,
    DirectoryForm,
}

/// <summary>Reads the dialog stack: which journey is open and whether its step waits on a confirmation.</summary>
public static class OpenStep
{
    public static OpenJourney Journey(DialogContext innerDc)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var ids = new List<string>();
        for (DialogContext? dc = innerDc; dc?.ActiveDialog is not null; dc = dc.Child)
        {
            ids.AddRange(dc.Stack.Select(instance => instance.Id));
        }

        return ids switch
        {
            _ when ids.Contains(nameof(DiscrepancyDialog)) => OpenJourney.DiscrepancyForm,
            _ when ids.Contains(nameof(DirectoryDialog)) => OpenJourney.DirectoryForm,
            _ when ids.Contains(nameof(RequestsDialog)) => OpenJourney.RequestsMenu,
            _ when ids.Contains(nameof(EligibilityDialog)) => OpenJourney.Eligibility,
            _ when ids.Contains(nameof(FaqDialog)) => OpenJourney.Faq,
            [] => OpenJourney.None,
            _ => OpenJourney.Menu,
        };
    }

    /// <summary>Whether the step waits on "send this?" rather than on the form itself.</summary>
    public static bool IsConfirming(DialogContext leaf) =>
        leaf?.ActiveDialog?.Id == RequestFormDialog.SendPromptId;

    /// <summary>The form instance the waiting step belongs to (request forms keep it in the prompt's options), or null.</summary>
    public static string? FormInstance(DialogContext leaf) =>
        leaf?.ActiveDialog is { } active && PromptState.Options(active) is { } options ? options.GetValidations<string>() : null;

    /// <summary>The journey a message asks for, to tell "switch to it" from "I am already there".</summary>
    public static OpenJourney Asked(Understanding understanding) => understanding?.Intent switch
    {
        Intent.AskQuestion => OpenJourney.Faq,
        Intent.CheckEligibility => OpenJourney.Eligibility,
        Intent.FileRequest => OpenJourney.RequestsMenu,
        Intent.FileDiscrepancy => OpenJourney.DiscrepancyForm,
        Intent.RequestDirectory => OpenJourney.DirectoryForm,
        _ => OpenJourney.None,
    };
}
