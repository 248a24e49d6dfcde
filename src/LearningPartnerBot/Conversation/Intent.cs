namespace LearningPartnerBot.Conversation;

/// <summary>What a partner's message asks the bot to do. Anything that is none of the others is a <see cref="Question"/>.</summary>
public enum Intent
{
    /// <summary>A question for the FAQ.</summary>
    Question,
    Cancel,
    StartOver,
    Help,
    Capabilities,
    Greeting,
    Thanks,
    Goodbye,

    /// <summary>"Ask a question": the partner wants to type a question next.</summary>
    AskQuestion,
    CheckEligibility,

    /// <summary>"File a request" without saying which: the requests menu.</summary>
    FileRequest,
    FileDiscrepancy,
    RequestDirectory,
    MyRequests,
    TalkToPerson,

    /// <summary>An elliptical message ("and for silver?", "why not gold?") that only means something against what was just said.</summary>
    FollowUp,

    /// <summary>"When will my invoice from March show up?": answered with the date the KPI dashboard shows it.</summary>
    InvoiceDate,
}

/// <summary>The ids of intents in phrasing files and in card buttons' data (<c>{"intent": "talk-to-person"}</c>).</summary>
public static class IntentIds
{
    private static readonly Dictionary<string, Intent> ById = new(StringComparer.OrdinalIgnoreCase)
    {
        ["question"] = Intent.Question,
        ["cancel"] = Intent.Cancel,
        ["start-over"] = Intent.StartOver,
        ["help"] = Intent.Help,
        ["capabilities"] = Intent.Capabilities,
        ["greeting"] = Intent.Greeting,
        ["thanks"] = Intent.Thanks,
        ["goodbye"] = Intent.Goodbye,
        ["ask-question"] = Intent.AskQuestion,
        ["check-eligibility"] = Intent.CheckEligibility,
        ["file-request"] = Intent.FileRequest,
        ["file-discrepancy"] = Intent.FileDiscrepancy,
        ["request-directory"] = Intent.RequestDirectory,
        ["my-requests"] = Intent.MyRequests,
        ["talk-to-person"] = Intent.TalkToPerson,
        ["follow-up"] = Intent.FollowUp,
    };

    public static Intent? Parse(string? id) => id is not null && ById.TryGetValue(id.Trim(), out var intent) ? intent : null;

    public static string IdOf(Intent intent) => ById.First(pair => pair.Value == intent).Key;
}
