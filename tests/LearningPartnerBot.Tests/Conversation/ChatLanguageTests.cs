using LearningPartnerBot.Tests.Knowledge.Chat;
using Xunit.Abstractions;

namespace LearningPartnerBot.Tests.Conversation;

/// <summary>A reply is in the chat's language; a message of acronyms and product names says nothing about language.</summary>
public sealed class ChatLanguageTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("nl-NL", "MCT?")]
    [InlineData("nl-NL", "KPI dashboard")]
    [InlineData("tr-TR", "LAP?")]
    [InlineData("tr-TR", "MCT?")]
    [InlineData("nl-NL", "Learning Action Pack")]
    public async Task An_acronym_only_message_is_answered_in_the_chats_language(string locale, string message)
    {
        using var chat = new ChatHarness(locale, output);

        await chat.Flow()
            .Send(message)
            .AssertReply(reply => Assert.Equal(locale[..2], reply.Locale?[..2]))
            .StartTestAsync();
    }
}
