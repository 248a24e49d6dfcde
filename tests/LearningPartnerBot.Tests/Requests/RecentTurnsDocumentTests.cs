using System.Text.Json;
using BotKit.Schema;
using LearningPartnerBot.Requests;
using LearningPartnerBot.Tickets;

namespace LearningPartnerBot.Tests.Requests;

/// <summary>
/// The recent turns staff see with a "talk to a person" request, as merged into the stored document: every line
/// said, in the order said, as written, the latest ones only.
/// </summary>
public sealed class RecentTurnsDocumentTests
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

    private static TranscriptLine Line(int second, string from, string text) => new(Noon.AddSeconds(second), from, text);

    private static string Serialized(params TranscriptLine[] lines) => JsonSerializer.Serialize(new { lines }, BotJson.Options);

    [Fact]
    public void The_first_lines_of_a_conversation_are_stored_as_the_serializer_writes_them()
    {
        var lines = new[] { Line(0, "partner", "Hoe schrijf ik me in? <script>\"ü\"</script>"), Line(1, "bot", "Ga naar Partnercentrum 😀") };

        var merged = RecentTurnsDocument.Merge(stored: null, lines, kept: 20);

        Assert.Equal(Serialized(lines), merged);
        Assert.Equal(lines, RecentTurnsDocument.Lines(merged));
    }

    [Fact]
    public void New_lines_go_after_the_stored_ones_and_a_late_line_from_another_instance_goes_where_it_was_said()
    {
        var stored = Serialized(Line(0, "partner", "Gümüş için ne gerekiyor?"), Line(4, "bot", "İki MCT."));
        var added = new[] { Line(2, "partner", "said between them, written late"), Line(6, "partner", "ve altın?") };

        var merged = RecentTurnsDocument.Lines(RecentTurnsDocument.Merge(stored, added, kept: 20));

        Assert.Equal(["Gümüş için ne gerekiyor?", "said between them, written late", "İki MCT.", "ve altın?"], merged.Select(l => l.Text));
        Assert.Equal(Noon.AddSeconds(2), merged[1].At);
    }

    [Fact]
    public void Lines_said_at_the_same_moment_keep_the_order_they_were_written_in()
    {
        var stored = Serialized(Line(0, "partner", "first"), Line(0, "bot", "second"));

        var merged = RecentTurnsDocument.Lines(RecentTurnsDocument.Merge(stored, [Line(0, "partner", "third")], kept: 20));

        Assert.Equal(["first", "second", "third"], merged.Select(l => l.Text));
    }

    [Fact]
    public void Only_the_latest_lines_are_kept_whichever_side_they_come_from()
    {
        var stored = Serialized([.. Enumerable.Range(0, 5).Select(i => Line(i * 2, "partner", $"stored {i}"))]);
        var added = Enumerable.Range(0, 3).Select(i => Line((i * 2) + 5, "bot", $"added {i}")).ToList();

        var merged = RecentTurnsDocument.Lines(RecentTurnsDocument.Merge(stored, added, kept: 4));

        Assert.Equal(["stored 3", "added 1", "stored 4", "added 2"], merged.Select(l => l.Text));
    }

    [Fact]
    public void Stored_lines_are_kept_as_they_were_written_even_with_fields_this_version_does_not_know()
    {
        const string stored = """{"lines":[{"at":"2026-12-07T12:00:00Z","from":"partner","text":"caf\u00e9 \u003cb\u003e","channel":"msteams"}]}""";

        var merged = RecentTurnsDocument.Merge(stored, [Line(1, "bot", "answer")], kept: 20);

        Assert.StartsWith("""{"lines":[{"at":"2026-12-07T12:00:00Z","from":"partner","text":"caf\u00e9 \u003cb\u003e","channel":"msteams"},""", merged);
        Assert.Equal(["café <b>", "answer"], RecentTurnsDocument.Lines(merged).Select(l => l.Text));
    }

    [Theory]
    [InlineData("""{"Lines":[{"At":"2026-12-07T12:00:03Z","From":"partner","Text":"written by hand"}]}""")]
    [InlineData("""{"lines":[{"at":"2026-12-07 12:00:03","from":"partner","text":"a time in another form"}]}""")]
    [InlineData("""{"lines":[{"from":"partner","text":"no time at all"}],"note":"extra"}""")]
    public void A_document_in_another_shape_is_merged_through_its_decoded_lines_and_loses_none(string stored)
    {
        var expected = RecentTurnsDocument.Lines(stored).Concat([Line(5, "bot", "answer")]).OrderBy(l => l.At).ToList();

        var merged = RecentTurnsDocument.Lines(RecentTurnsDocument.Merge(stored, [Line(5, "bot", "answer")], kept: 20));

        Assert.Equal(expected, merged);
        Assert.Equal(2, merged.Count);
    }

    [Fact]
    public void An_empty_or_null_list_is_merged_like_no_document()
    {
        var added = new[] { Line(0, "partner", "hello") };

        Assert.Equal(Serialized(added), RecentTurnsDocument.Merge("""{"lines":null}""", added, kept: 20));
        Assert.Equal(Serialized(added), RecentTurnsDocument.Merge("{}", added, kept: 20));
    }
}
