namespace LearningPartnerBot.Eligibility.Chat;

/// <summary>The chat side of eligibility, bound from the "Eligibility" configuration section.</summary>
public sealed class EligibilityChatOptions
{
    public const string SectionName = "Eligibility";

    /// <summary>
    /// Lets someone whose account maps to no partner pick a demo user instead. Only for the local playground and the
    /// console chat (appsettings.Development.json and the chat command turn it on): in production it would let anyone
    /// read any demo partner's data.
    /// </summary>
    public bool DemoIdentities { get; set; }

    /// <summary>Seeds the demo partners at start-up when the partners table is empty (on in appsettings.Development.json).</summary>
    public bool SeedDemoData { get; set; }
}
