namespace LearningPartnerBot.Channels.Teams.Package;

/// <summary>What identifies one deployment of the bot in its Teams app package.</summary>
/// <param name="AppId">The bot's Microsoft App ID (Entra app registration), also used as the Teams app id.</param>
/// <param name="Host">The bot's public host name, e.g. <c>lpb.example.com</c>.</param>
public sealed record TeamsPackageOptions(Guid AppId, string Host, string Version = "1.0.0")
{
    public string WebsiteUrl => $"https://{Host}/";

    public string PrivacyUrl { get; init; } = $"https://{Host}/";

    public string TermsOfUseUrl { get; init; } = $"https://{Host}/";
}
