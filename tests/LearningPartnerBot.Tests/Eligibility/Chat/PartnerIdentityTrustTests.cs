using System.Globalization;
using System.Text.Json;
using BotKit.Schema;
using LearningPartnerBot.Eligibility.Chat;
using LearningPartnerBot.Tests.Knowledge.Chat;
using Xunit.Abstractions;

namespace LearningPartnerBot.Tests.Eligibility.Chat;

/// <summary>
/// A partner's eligibility, KPIs and invoices are shown to whoever the bot takes them for. Writing a colleague's AAD
/// object id or UPN into an activity must not make the bot take you for them: only Teams, over a Bot Connector token,
/// proves who the sender is; anyone else is treated as linked to no partner.
/// </summary>
public sealed class PartnerIdentityTrustTests(ITestOutputHelper output)
{
    private const string Ada = "demo-ada-adventureworks";
    private static readonly DateOnly Today = new(2026, 3, 10);

    public static TheoryData<string, string> Questions => new()
    {
        { "en-US", "Am I eligible for gold?" },
        { "nl-NL", "kom ik in aanmerking voor silver" },
        { "tr-TR", "gold için uygun muyum" },
    };

    [Theory]
    [MemberData(nameof(Questions))]
    public async Task An_aad_object_id_claimed_over_web_chat_is_not_believed(string locale, string question)
    {
        using var chat = new ChatHarness(locale, output, Today, seedDemoData: true);
        chat.User.AadObjectId = Ada;

        await AssertTreatedAsUnlinkedAsync(chat, locale, question);
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public async Task An_aad_object_id_claimed_as_teams_without_a_bot_connector_token_is_not_believed(string locale, string question)
    {
        using var chat = new ChatHarness(locale, output, Today, seedDemoData: true);
        chat.MoveTo(BotKit.Schema.Channels.Msteams);
        chat.User.AadObjectId = Ada;

        await AssertTreatedAsUnlinkedAsync(chat, locale, question);
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public async Task A_user_principal_name_in_the_senders_properties_is_ignored_even_from_teams(string locale, string question)
    {
        using var chat = new ChatHarness(locale, output, Today, seedDemoData: true);
        chat.SignInOnTeams("5f0c8e2a-0000-4000-8000-000000000000");
        chat.User.Properties = new() { ["userPrincipalName"] = JsonSerializer.SerializeToElement("ada@adventure-works-learning.example") };

        await AssertTreatedAsUnlinkedAsync(chat, locale, question);
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public async Task The_same_id_delivered_by_teams_with_a_bot_connector_token_is_recognised(string locale, string question)
    {
        var strings = EligibilityChatStrings.Get(LocaleCulture(locale));
        using var chat = new ChatHarness(locale, output, Today, seedDemoData: true);
        chat.SignInOnTeams(Ada);

        await chat.Flow().Send(question).AssertReply(reply => Assert.Equal(strings.CompetencyPrompt, reply.Text)).StartTestAsync();
    }

    [Fact]
    public async Task A_ticket_filed_by_someone_claiming_an_aad_object_id_is_not_filed_under_that_id()
    {
        using var chat = new ChatHarness("en-US", output, Today, seedDemoData: true);
        chat.User.AadObjectId = Ada;

        Assert.StartsWith("webchat:", chat.RequesterId, StringComparison.Ordinal);
        Assert.Empty(await chat.Tickets.ListForRequesterAsync(Ada));
    }

    private static async Task AssertTreatedAsUnlinkedAsync(ChatHarness chat, string locale, string question)
    {
        var strings = EligibilityChatStrings.Get(LocaleCulture(locale));
        Activity? card = null;

        await chat.Flow().Send(question).AssertReply(reply => card = reply).StartTestAsync();

        Assert.NotEqual(strings.CompetencyPrompt, card!.Text);
        Assert.Equal([strings.UnmappedTitle, strings.UnmappedExplanation, strings.UnmappedSupportOffer], ResultCards.Texts(card));
    }

    private static CultureInfo LocaleCulture(string locale) => CultureInfo.GetCultureInfo(locale[..2]);
}
