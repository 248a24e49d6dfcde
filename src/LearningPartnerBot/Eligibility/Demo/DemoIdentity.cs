using LearningPartnerBot.Eligibility.Data;

namespace LearningPartnerBot.Eligibility.Demo;

/// <summary>A sample user the demo-identity picker offers; its AAD object id is what the demo data maps to a partner.</summary>
public sealed record DemoIdentity(string AadObjectId, string Name, string PartnerName, PartnerRole Role)
{
    /// <summary>Picked to see what a user linked to no partner gets; never seeded, so it maps to nobody.</summary>
    public const string UnlinkedAadObjectId = "demo-unlinked";
}
