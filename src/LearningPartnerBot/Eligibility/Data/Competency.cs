namespace LearningPartnerBot.Eligibility.Data;

/// <summary>A Microsoft competency, and what the Learning Partner rules need to know about it.</summary>
public sealed class Competency
{
    /// <summary>The display name, e.g. "Cloud Platform"; unique, compared case-insensitively.</summary>
    public required string Name { get; set; }

    /// <summary>True when the competency offers a Silver/Gold Learning option (only those are offered in the chat).</summary>
    public bool OffersLearningOption { get; set; }

    /// <summary>True for Cloud Business Applications, which the article leaves out of the COVID-19 extension.</summary>
    public bool CovidExtensionExcluded { get; set; }
}
