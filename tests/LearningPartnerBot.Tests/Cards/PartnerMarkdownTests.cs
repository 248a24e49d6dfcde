using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LearningPartnerBot.Cards;
using LearningPartnerBot.Requests;
using LearningPartnerBot.Requests.DirectoryListing;
using LearningPartnerBot.Requests.Discrepancy;
using LearningPartnerBot.Tests.Requests;
using LearningPartnerBot.Tickets;
using LearningPartnerBot.Tickets.Data;
using LearningPartnerBot.Tickets.Notifications;

namespace LearningPartnerBot.Tests.Cards;

/// <summary>
/// Teams renders card text as markdown. A partner who calls themselves "[Ticket needs re-auth](https://evil.example)"
/// or types it into a form must see, and make staff see, exactly those characters: never a link in the staff channel
/// or on the card they confirm.
/// </summary>
public sealed partial class PartnerMarkdownTests
{
    private const string Phishing = "[Ticket needs re-auth](https://evil.example/login)";
    private static readonly CardLibrary Library = new();

    public static TheoryData<string> Languages => ["en", "nl", "tr"];

    [Fact]
    public void A_display_name_with_a_markdown_link_reaches_the_staff_channel_as_text()
    {
        var card = NewTicket(requesterName: Phishing);

        var requester = Fact(card, "Requester");
        Assert.False(IsLink(requester), requester);
        Assert.Contains("Ticket needs re-auth", requester, StringComparison.Ordinal);
    }

    [Fact]
    public void Autolinks_emphasis_and_list_markers_in_a_name_are_escaped_too()
    {
        Assert.False(IsLink(Fact(NewTicket(requesterName: "<https://evil.example>"), "Requester")));
        Assert.StartsWith("\\*\\*", Fact(NewTicket(requesterName: "**URGENT** call us"), "Requester"), StringComparison.Ordinal);
        Assert.StartsWith("\\- ", Fact(NewTicket(requesterName: "- pay here"), "Requester"), StringComparison.Ordinal);
        Assert.DoesNotContain("\n", Fact(NewTicket(requesterName: "Ana\n\n[x](https://evil.example)"), "Requester"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_without_markup_is_shown_unchanged_and_an_overlong_one_is_cut()
    {
        Assert.Equal("Ayşe Yılmaz", Fact(NewTicket(requesterName: "Ayşe Yılmaz"), "Requester"));
        Assert.True(Fact(NewTicket(requesterName: new string('a', 5000)), "Requester").Length <= 100);
    }

    [Fact]
    public void A_requester_id_shown_for_want_of_a_name_is_escaped_too()
    {
        Assert.False(IsLink(Fact(NewTicket(requesterName: null, requesterId: "webchat:" + Phishing), "Requester")));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_discrepancy_confirm_card_shows_typed_markdown_as_text(string language)
    {
        var strings = RequestStrings.Get(CultureInfo.GetCultureInfo(language));
        var payload = new KpiDiscrepancyPayload(1, 2026, "Courseware", Phishing, "INV-202601-005", 80, 2000, "GBP", DiscrepancyForm.Invoice, "See <https://evil.example> **now**");

        var texts = Texts(new DiscrepancyCards(Library).Confirm("instance-1", payload, SampleRequesters.Stated(Phishing), [], strings).Content);

        Assert.DoesNotContain(texts, IsLink);
        Assert.Contains(texts, t => t.Contains("Ticket needs re-auth", StringComparison.Ordinal));
        Assert.Contains("INV-202601-005", texts);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_directory_confirm_card_shows_a_typed_display_name_as_text(string language)
    {
        var strings = RequestStrings.Get(CultureInfo.GetCultureInfo(language));
        var update = DirectoryUpdateSchedule.For(new DateOnly(2026, 3, 10));
        var listing = new DirectoryListingPayload(Phishing, "GB", new Uri("https://tailspin.example/ms"), true, true, true, true, update.BatchStart, update.VisibleBy);

        var texts = Texts(new DirectoryCards(Library).Confirm("instance-1", listing, SampleRequesters.Stated(Phishing), strings).Content);

        Assert.DoesNotContain(texts, IsLink);
        Assert.Contains(texts, t => t.Contains("Ticket needs re-auth", StringComparison.Ordinal));
    }

    /// <summary>A markdown link or autolink whose brackets are not escaped.</summary>
    private static bool IsLink(string text) => MarkdownLink().IsMatch(text);

    [GeneratedRegex(@"(?<!\\)\[[^\]]*(?<!\\)\]\(|(?<!\\)<https?:")]
    private static partial Regex MarkdownLink();

    private static JsonObject NewTicket(string? requesterName, string requesterId = "29:user-1") => JsonNode.Parse(NewTicketCard.Build(new Ticket
    {
        Reference = "LP-2026-0001",
        Type = TicketType.General,
        PartnerMpnId = "1234567",
        RequesterId = requesterId,
        RequesterName = requesterName,
        Locale = "en-US",
        PayloadJson = "{}",
        ConversationReferenceJson = "{}",
        SourceChannelId = "msteams",
        SourceActivityId = "1",
        CreatedAt = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero),
    }))!.AsObject();

    private static string Fact(JsonObject message, string title)
    {
        var card = message["attachments"]![0]!["content"]!;
        var facts = card["body"]!.AsArray().Single(e => (string?)e!["type"] == "FactSet")!["facts"]!.AsArray();
        return (string)facts.Single(f => (string?)f!["title"] == title)!["value"]!;
    }

    /// <summary>Every TextBlock text and FactSet value in the card.</summary>
    private static List<string> Texts(object? content)
    {
        var texts = new List<string>();
        Collect(JsonNode.Parse(JsonSerializer.Serialize(content)), texts);
        return texts;
    }

    private static void Collect(JsonNode? node, List<string> texts)
    {
        switch (node)
        {
            case JsonObject obj:
                if ((string?)obj["type"] == "TextBlock" && obj["text"] is JsonValue text)
                {
                    texts.Add((string)text!);
                }

                if (obj.ContainsKey("title") && obj["value"] is JsonValue value && value.TryGetValue<string>(out var v))
                {
                    texts.Add(v);
                }

                foreach (var (_, child) in obj)
                {
                    Collect(child, texts);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Collect(child, texts);
                }

                break;
        }
    }
}
