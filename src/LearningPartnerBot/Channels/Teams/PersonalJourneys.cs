namespace LearningPartnerBot.Channels.Teams;

/// <summary>
/// The journeys that show a partner's own data or take their request, and so happen only in their personal chat. The
/// ids are what the personal chat's button posts back as <c>{"journey": id}</c>.
/// </summary>
public static class PersonalJourneys
{
    public const string Eligibility = "eligibility";
    public const string Requests = "requests";
    public const string MyRequests = "my-requests";
    public const string Person = "person";

    public static IReadOnlyList<string> All { get; } = [Eligibility, Requests, MyRequests, Person];
}
