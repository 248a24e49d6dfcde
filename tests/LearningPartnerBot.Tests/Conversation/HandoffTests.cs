using BotKit.Schema;
using LearningPartnerBot.Localization;
using LearningPartnerBot.Requests;
using LearningPartnerBot.Tests.Knowledge.Chat;
using LearningPartnerBot.Tickets;
using Xunit.Abstractions;

namespace LearningPartnerBot.Tests.Conversation;

/// <summary>People ask for a human in many ways; asking twice adds to the open handoff instead of filing again.</summary>
public sealed class HandoffTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("en-US", "can i speak to a human", "still waiting for someone")]
    [InlineData("en-US", "I'd like a real person please", "hello? talk to an agent")]
    [InlineData("nl-NL", "ik wil een medewerker spreken", "kan ik met iemand praten?")]
    [InlineData("tr-TR", "bir insanla konuşmak istiyorum", "temsilciyle gorusmek istiyorum")]
    public async Task A_second_request_for_a_person_adds_to_the_open_ticket(string locale, string first, string second)
    {
        var strings = RequestStrings.Get(LocaleResolver.Resolve(new Activity { Locale = locale }));
        using var chat = new ChatHarness(locale, output);
        Activity? filed = null;
        Activity? added = null;

        await chat.Flow()
            .Send(first).AssertReply(reply => filed = reply)
            .Send(second).AssertReply(reply => added = reply)
            .StartTestAsync();

        var requester = chat.RequesterId;
        var ticket = Assert.Single(await chat.Tickets.ListForRequesterAsync(requester));
        Assert.Equal(TicketType.General, ticket.Type);
        Assert.Equal(strings.PersonFiled(ticket.Reference), filed!.Text);
        if (second.StartsWith("still", StringComparison.Ordinal))
        {
            // Not a request for a person: answered as a question, and nothing is added.
            Assert.NotEqual(strings.PersonAdded(ticket.Reference), added!.Text);
            return;
        }

        Assert.Equal(strings.PersonAdded(ticket.Reference), added!.Text);
        using var db = chat.TicketsDatabase.Factory.CreateDbContext();
        var stored = Assert.Single(db.Tickets);
        db.Entry(stored).Collection(t => t.Comments).Load();
        Assert.Equal(second, Assert.Single(stored.Comments).Text);
    }
}
