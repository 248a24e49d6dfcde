using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using BotKit.Schema;
using LearningPartnerBot.Localization;
using LearningPartnerBot.Tickets;
using LearningPartnerBot.Tickets.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using LearningPartnerBot.Tests.Hosting;
using LearningPartnerBot.Tests.Knowledge;

namespace LearningPartnerBot.Tests.Channels.Teams;

/// <summary>Channels and group chats as Teams delivers them to /api/messages: @mentions, threads, several members.</summary>
public sealed class TeamsSharedConversationTests(BotApplicationFactory factory) : IClassFixture<BotApplicationFactory>
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly HttpClient _client = factory.CreateClient();

    private async Task<List<Activity>> PostAsync(JsonObject activity)
    {
        using var response = await _client.PostAsJsonAsync("/api/messages", activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ExpectedReplies>(BotJson.Options))!.Activities;
    }

    private static string AllText(IEnumerable<Activity> replies) => JsonSerializer.Serialize(replies, Readable);

    public static TheoryData<string, string, string, string> MentionedQuestions => new()
    {
        // locale, the message as Teams sends it, the name the member's client shows for the bot, the question alone
        { "en-US", "<at>Learning Partner</at> how do we sign up for the Learning Action Pack?", "Learning Partner", "how do we sign up for the Learning Action Pack?" },
        { "nl-NL", "Hoe schrijven wij ons in voor het Learning Action Pack <at>Learning Partner</at>?", "Learning Partner", "Hoe schrijven wij ons in voor het Learning Action Pack?" },
        { "tr-TR", "<at>Öğrenme Ortağı</at> Learning Action Pack'e nasıl kaydoluruz?", "Öğrenme Ortağı", "Learning Action Pack'e nasıl kaydoluruz?" },
    };

    [Theory]
    [MemberData(nameof(MentionedQuestions))]
    public async Task A_question_that_mentions_the_bot_in_a_channel_thread_is_answered_in_the_partners_language_in_that_thread(string locale, string text, string shownName, string question)
    {
        var language = LocaleResolver.Resolve(new Activity { Locale = locale }).TwoLetterISOLanguageName;
        var expected = TestKnowledge.Answerer.Answer(question, language).Answer?.Topic.Id;
        Assert.NotNull(expected);
        var message = TeamsActivities.ChannelMessage("1733300000" + language.Length, "29:member-ayse", text, locale, TeamsActivities.BotMention(shownName));

        var replies = await PostAsync(message);

        var all = AllText(replies);
        Assert.DoesNotContain(BotStrings.Get(CultureInfo.GetCultureInfo(language)).Fallback, all, StringComparison.Ordinal);
        Assert.Contains($"\"topic\":\"{expected}\"", all, StringComparison.Ordinal);
        Assert.Contains($"\"language\":\"{language}\"", all, StringComparison.Ordinal);

        // The question the answer's buttons carry (to staff, with "Contact support") is the partner's, without the mention.
        Assert.Contains($"\"question\":\"{question}\"", all, StringComparison.Ordinal);
        Assert.DoesNotContain("<at>", all, StringComparison.OrdinalIgnoreCase);
        Assert.All(replies, reply =>
        {
            Assert.Equal((string?)message["conversation"]!["id"], reply.Conversation?.Id);
            Assert.Equal((string?)message["id"], reply.ReplyToId);
        });
    }

    public static TheoryData<string, string, string, string> PersonRequests => new()
    {
        // locale, the asker's question, another member's message, "talk to a person"
        { "en-US", "which KPIs count for the Silver tier?", "fyi our partner ID is 4455667, can you check us?", "Talk to a person" },
        { "nl-NL", "welke KPI's tellen mee voor het Silver-niveau?", "ter info: ons partner-ID is 4455667, kunt u ons controleren?", "met een medewerker praten" },
        { "tr-TR", "Silver seviyesi için hangi KPI'lar sayılır?", "bilginize, iş ortağı kimliğimiz 4455667, bizi kontrol eder misiniz?", "bir kişiyle görüş" },
    };

    [Theory]
    [MemberData(nameof(PersonRequests))]
    public async Task Talk_to_a_person_from_a_group_chat_files_nothing_there_and_continues_in_the_personal_chat(string locale, string question, string other, string person)
    {
        var group = "19:person-" + Guid.NewGuid().ToString("N") + "@thread.v2";
        const string asker = "29:member-asker";

        await PostAsync(TeamsActivities.GroupChatMessage(group, asker, "<at>Learning Partner</at> " + question, locale, TeamsActivities.BotMention()));
        await PostAsync(TeamsActivities.GroupChatMessage(group, "29:member-other", "<at>Learning Partner</at> " + other, locale, TeamsActivities.BotMention()));
        var moved = await PostAsync(TeamsActivities.GroupChatMessage(group, asker, person + " <at>Learning Partner</at>", locale, TeamsActivities.BotMention()));

        // A handoff's transcript and the ticket's updates are the partner's own: they belong in the personal chat, where
        // the partner continues; the group is only told so (with a link when the chat cannot be opened for them).
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<TicketsDbContext>>().CreateDbContextAsync();
        Assert.Empty(await db.Tickets.AsNoTracking().Where(t => t.ConversationReferenceJson.Contains(group)).ToListAsync());
        var strings = global::LearningPartnerBot.Channels.Teams.SharedConversationStrings.Get(System.Globalization.CultureInfo.GetCultureInfo(locale[..2]));
        Assert.True(
            AllText(moved).Contains(strings.ContinuedInPersonalChat, StringComparison.Ordinal) || AllText(moved).Contains("teams.microsoft.com/l/chat", StringComparison.Ordinal),
            AllText(moved));
        Assert.DoesNotContain("4455667", AllText(moved), StringComparison.Ordinal);
    }
}
