using System.Text.Json;
using BotKit.Schema;
using BotKit.Testing;
using LearningPartnerBot.Tests.Eligibility.Chat;
using LearningPartnerBot.Tests.Knowledge.Chat;
using Xunit.Abstractions;

namespace LearningPartnerBot.Tests.Conversation;

/// <summary>Runs every conversation in Data/transcripts.txt turn by turn against the whole bot.</summary>
public sealed class TranscriptTests(ITestOutputHelper output)
{
    private static readonly Lazy<IReadOnlyList<Transcript>> All = new(Read);

    public static TheoryData<string> Names => [.. All.Value.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task The_conversation_goes_as_written(string name)
    {
        var transcript = All.Value.Single(t => t.Name == name);
        using var chat = new ChatHarness(transcript.Locale, output, seedDemoData: transcript.SignedIn is not null, today: new DateOnly(2026, 12, 6));
        if (transcript.SignedIn is { } user)
        {
            chat.SignInOnTeams(user);
        }

        TestFlow flow = chat.Flow();
        foreach (var line in transcript.Lines)
        {
            flow = line switch
            {
                [ '>', '>', ' ', .. var button ] => flow.Send(Button(button)),
                [ '>', ' ', .. var typed ] => flow.Send(typed),
                [ '<', ' ', .. var expected ] => flow.AssertReply(reply => Check(reply, expected, transcript.Name)),
                _ => throw new FormatException($"{transcript.Name}: cannot read \"{line}\""),
            };
        }

        await flow.StartTestAsync();
    }

    [Fact]
    public void The_file_has_conversations_in_every_language()
    {
        Assert.Equal(["en-US", "nl-NL", "tr-TR"], All.Value.Select(t => t.Locale).Distinct().Order(StringComparer.Ordinal));
    }

    private static void Check(Activity reply, string expected, string name)
    {
        var (kind, text) = expected.IndexOf(' ', StringComparison.Ordinal) is var space and > 0 ? (expected[..space], expected[(space + 1)..]) : (expected, string.Empty);
        switch (kind)
        {
            case "any":
                return;
            case "topic":
                Assert.Equal(text, CardReader.AnsweredTopic(reply));
                return;
            case "says":
                Assert.True(reply.Text?.Contains(text, StringComparison.Ordinal) == true, $"{name}: expected a message with \"{text}\", got \"{reply.Text}\"");
                return;
            case "card":
                Assert.True(reply.Attachments is { Count: > 0 } && ResultCards.Texts(reply).Any(t => t.Contains(text, StringComparison.Ordinal)), $"{name}: expected a card showing \"{text}\"");
                return;
            default:
                throw new FormatException($"{name}: unknown check \"{kind}\"");
        }
    }

    private static Activity Button(string data)
    {
        var (key, value) = data.Split(':', 2) switch
        {
            [var k, var v] => (k, v),
            _ => throw new FormatException($"A button is key:value, not \"{data}\""),
        };
        return new Activity { Type = ActivityTypes.Message, Value = JsonSerializer.SerializeToElement(new Dictionary<string, string> { [key] = value }) };
    }

    private static List<Transcript> Read()
    {
        var transcripts = new List<Transcript>();
        Transcript? current = null;
        foreach (var raw in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Conversation", "Data", "transcripts.txt")))
        {
            var line = raw.TrimEnd();
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                current = new Transcript(line[3..].Trim());
                transcripts.Add(current);
            }
            else if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            else if (current is null)
            {
                throw new FormatException($"transcripts.txt: \"{line}\" comes before any \"## name\"");
            }
            else if (line.StartsWith("locale:", StringComparison.Ordinal))
            {
                current.Locale = line["locale:".Length..].Trim();
            }
            else if (line.StartsWith("signed-in:", StringComparison.Ordinal))
            {
                current.SignedIn = line["signed-in:".Length..].Trim();
            }
            else
            {
                current.Lines.Add(line);
            }
        }

        return transcripts;
    }

    private sealed class Transcript(string name)
    {
        public string Name { get; } = name;

        public string Locale { get; set; } = "en-US";

        public string? SignedIn { get; set; }

        public List<string> Lines { get; } = [];
    }
}
