using System.Globalization;

namespace LearningPartnerBot.Channels;

/// <summary>
/// Sample users a browser channel lets a visitor act as, so journeys that depend on who is asking can be tried
/// without a real account. A feature with sample data provides them; the channel only offers what it is given.
/// </summary>
public interface ISampleUsers
{
    /// <summary>The users to offer, labelled in <paramref name="culture"/>; empty when none may be offered.</summary>
    IReadOnlyList<SampleUser> Offered(CultureInfo culture);

    /// <summary>The offered user with this AAD object id, or null: no other id is ever taken as an AAD object id.</summary>
    SampleUser? Find(string? aadObjectId, CultureInfo culture) =>
        aadObjectId is null ? null : Offered(culture).FirstOrDefault(user => user.AadObjectId == aadObjectId);
}

/// <summary>A sample user: the AAD object id the sample data maps to a partner, a display name, and a picker label.</summary>
public sealed record SampleUser(string AadObjectId, string Name, string Label);

/// <summary>What a channel offers when no feature provides sample users.</summary>
internal sealed class NoSampleUsers : ISampleUsers
{
    public IReadOnlyList<SampleUser> Offered(CultureInfo culture) => [];
}
