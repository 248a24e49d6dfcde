using LearningPartnerBot.Knowledge.Import;

namespace LearningPartnerBot.Tests.Knowledge.Import;

public class TopicHashEditorTests
{
    private const string Header = "# Room questions.\nid: room-size   # the file name\n";
    private const string Tail = "related: [room-booking]\nen:\n  question: How big must the room be?\n";

    [Fact]
    public void Replaces_an_existing_hash_and_nothing_else()
    {
        var yaml = Header + "source:\n  anchor: choose-a-room\n  sentences: [104]   # seats\n  hash: 0123456789ab  # reviewed\n" + Tail;

        var edited = TopicHashEditor.SetHash(yaml, "fedcba987654");

        Assert.Equal(yaml.Replace("0123456789ab", "fedcba987654", StringComparison.Ordinal), edited);
    }

    [Fact]
    public void Replaces_a_quoted_hash_including_its_quotes()
    {
        var yaml = Header + "source:\n  anchor: a\n  hash: \"0123456789ab\"\n" + Tail;

        Assert.Equal(Header + "source:\n  anchor: a\n  hash: fedcba987654\n" + Tail, TopicHashEditor.SetHash(yaml, "fedcba987654"));
    }

    [Fact]
    public void Fills_in_an_empty_hash()
    {
        var yaml = Header + "source:\n  anchor: a\n  hash:\n" + Tail;

        Assert.Equal(Header + "source:\n  anchor: a\n  hash: fedcba987654\n" + Tail, TopicHashEditor.SetHash(yaml, "fedcba987654"));
    }

    [Fact]
    public void Adds_a_missing_hash_after_a_flow_sentence_list_keeping_its_comment()
    {
        var yaml = Header + "source:\n  anchor: a\n  sentences: [\"121-125\", \"128-134\"]   # two runs\n" + Tail;

        Assert.Equal(
            Header + "source:\n  anchor: a\n  sentences: [\"121-125\", \"128-134\"]   # two runs\n  hash: fedcba987654\n" + Tail,
            TopicHashEditor.SetHash(yaml, "fedcba987654"));
    }

    [Fact]
    public void Adds_a_missing_hash_after_a_block_sentence_list()
    {
        var yaml = Header + "source:\n    anchor: a\n    sentences:\n      - 104\n      - 106-107\n\n" + Tail;

        Assert.Equal(
            Header + "source:\n    anchor: a\n    sentences:\n      - 104\n      - 106-107\n    hash: fedcba987654\n\n" + Tail,
            TopicHashEditor.SetHash(yaml, "fedcba987654"));
    }

    [Fact]
    public void Adds_a_missing_hash_to_a_flow_source_mapping()
    {
        var yaml = Header + "source: {anchor: a, sentences: [104]}\n" + Tail;

        Assert.Equal(Header + "source: {anchor: a, sentences: [104], hash: fedcba987654}\n" + Tail, TopicHashEditor.SetHash(yaml, "fedcba987654"));
    }

    [Fact]
    public void Keeps_windows_line_ends()
    {
        var yaml = "id: a\r\nsource:\r\n  anchor: a\r\n  sentences: [104]\r\nen:\r\n  question: q\r\n";

        Assert.Equal(
            "id: a\r\nsource:\r\n  anchor: a\r\n  sentences: [104]\r\n  hash: fedcba987654\r\nen:\r\n  question: q\r\n",
            TopicHashEditor.SetHash(yaml, "fedcba987654"));
    }

    [Fact]
    public void Adds_a_hash_when_source_is_the_last_thing_in_a_file_without_a_final_line_break()
    {
        Assert.Equal("id: a\nsource:\n  anchor: a\n  hash: fedcba987654", TopicHashEditor.SetHash("id: a\nsource:\n  anchor: a", "fedcba987654"));
    }

    [Fact]
    public void A_topic_without_a_source_mapping_is_refused()
    {
        Assert.Throws<InvalidDataException>(() => TopicHashEditor.SetHash("id: a\nen:\n  question: q\n", "fedcba987654"));
    }
}
