namespace LearningPartnerBot.Tests.Conversation;

/// <summary>`intent "message"`: a content owner sees which phrasing line steers a message, or that none does.</summary>
public sealed class IntentCommandTests
{
    [Theory]
    [InlineData("ik wil stoppen", "nl.txt [cancel]")]
    [InlineData("vazgeçtim", "tr.txt [cancel]")]
    [InlineData("I'd like to talk to a real person", "en.txt [talk-to-person]")]
    public async Task A_command_names_the_file_and_intent_of_the_line_that_reads_it(string message, string expected)
    {
        using var writer = new StringWriter();

        var exit = await BotCommandLine.InvokeAsync(["intent", message], writer, writer);

        Assert.Equal(0, exit);
        Assert.StartsWith(expected, writer.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_is_said_to_go_to_the_faq()
    {
        using var writer = new StringWriter();

        var exit = await BotCommandLine.InvokeAsync(["intent", "wanneer worden KPI's bijgewerkt?"], writer, writer);

        Assert.Equal(0, exit);
        Assert.Contains("FAQ", writer.ToString(), StringComparison.Ordinal);
    }
}
