using LearningPartnerBot.Knowledge.Import;

namespace LearningPartnerBot.Tests.Knowledge.Import;

public sealed class KbImportCommandTests : IDisposable
{
    private const string TurkishFile = "plan-a-partner-training-workshop.tr.yaml";
    private const string EnglishFile = "plan-a-partner-training-workshop.en.yaml";

    private const string RoomTopic = """
        # Curated by hand: keep this comment.
        id: room-size   # equal to the file name
        source:
          anchor: choose-a-room
          sentences: ["104-105"]    # seats and equipment
        related: []
        en:
          question: How big must the room be?

        """;

    private readonly TempKb _kb = new();
    private readonly StringWriter _output = new();

    public void Dispose()
    {
        _kb.Dispose();
        _output.Dispose();
    }

    private Task<int> Import(string article, params string[] accept) =>
        KbImportCommand.RunAsync(article, _kb.Directory, accept, false, _output, CancellationToken.None);

    private Task<int> ImportWorkshop(params string[] accept) => Import(Fixture.PathOf(Fixture.Workshop), accept);

    [Fact]
    public async Task Writes_the_article_language_and_English_files_and_summarizes()
    {
        Assert.Equal(0, await ImportWorkshop());

        var turkish = File.ReadAllText(_kb.Imported(TurkishFile));
        var english = File.ReadAllText(_kb.Imported(EnglishFile));
        Assert.Contains("language: tr\n", turkish, StringComparison.Ordinal);
        Assert.Contains("question: Kurs materyallerinin ücretini kim öder?\n", turkish, StringComparison.Ordinal);
        Assert.Contains("language: en\n", english, StringComparison.Ordinal);
        Assert.Contains("  - id: who-pays-courseware\n    kind: qa\n    question: Who pays for the courseware?\n", english, StringComparison.Ordinal);
        Assert.Contains("      anchor: choose-a-room\n      sentences: [103-107]\n", english, StringComparison.Ordinal);
        var summary = _output.ToString();
        Assert.Contains("3 sections, 2 Q&A pairs", summary, StringComparison.Ordinal);
        Assert.Contains("Wrote 5 entries per language", summary, StringComparison.Ordinal);
        Assert.Contains("Warnings: 2", summary, StringComparison.Ordinal);
        Assert.Contains("line 23: sentence 110 has no English", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_article_gives_byte_identical_files()
    {
        await ImportWorkshop();
        var first = File.ReadAllBytes(_kb.Imported(TurkishFile));
        var firstEnglish = File.ReadAllBytes(_kb.Imported(EnglishFile));

        await ImportWorkshop();

        Assert.Equal(first, File.ReadAllBytes(_kb.Imported(TurkishFile)));
        Assert.Equal(firstEnglish, File.ReadAllBytes(_kb.Imported(EnglishFile)));
    }

    [Fact]
    public async Task An_entry_a_curated_topic_covers_is_marked_with_the_topic()
    {
        _kb.WriteTopic("room-size", RoomTopic);

        await ImportWorkshop();

        var english = File.ReadAllText(_kb.Imported(EnglishFile));
        Assert.Contains("      sentences: [103-107]\n    curatedBy: room-size\n", english, StringComparison.Ordinal);
        Assert.Equal(1, english.Split("curatedBy:").Length - 1);
        Assert.Contains("choose-room -> room-size", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_topic_never_reviewed_is_listed_stale_with_its_sentences()
    {
        _kb.WriteTopic("room-size", RoomTopic);

        await ImportWorkshop();

        var stale = Assert.Single(StaleTopicStore.Load(_kb.Directory));
        Assert.Equal("room-size", stale.TopicId);
        Assert.True(stale.NeverReviewed);
        Assert.Equal(SourceHash.Compute(["The room must seat at least 12 attendees.", "A projector & sound system are required."]), stale.NewHash);
        Assert.Equal([104, 105], stale.ChangedSentences.Select(s => s.Id));
        Assert.Contains("room-size: never reviewed", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accept_writes_only_the_hash_line_and_clears_the_stale_entry()
    {
        var path = _kb.WriteTopic("room-size", RoomTopic);
        await ImportWorkshop();
        var newHash = StaleTopicStore.Load(_kb.Directory)[0].NewHash;

        Assert.Equal(0, await ImportWorkshop("room-size"));

        var expected = RoomTopic.Replace(
            "    # seats and equipment\n",
            $"    # seats and equipment\n  hash: {newHash}\n",
            StringComparison.Ordinal);
        Assert.Equal(expected, File.ReadAllText(path));
        Assert.Empty(StaleTopicStore.Load(_kb.Directory));
    }

    [Fact]
    public async Task Editing_the_English_of_one_sentence_flags_the_topic_and_names_that_sentence()
    {
        _kb.WriteTopic("room-size", RoomTopic);
        await ImportWorkshop("room-size");
        Assert.Empty(StaleTopicStore.Load(_kb.Directory));
        var reviewedHash = SourceHash.Compute(["The room must seat at least 12 attendees.", "A projector & sound system are required."]);
        var edited = _kb.EditedArticle(Fixture.Workshop, "The room must seat at least 12 attendees.", "The room must seat at least 16 attendees.");

        Assert.Equal(0, await Import(edited));

        var stale = Assert.Single(StaleTopicStore.Load(_kb.Directory));
        Assert.Equal(reviewedHash, stale.OldHash);
        Assert.NotEqual(reviewedHash, stale.NewHash);
        var changed = Assert.Single(stale.ChangedSentences);
        Assert.Equal(new ChangedSentence(104, "The room must seat at least 12 attendees.", "The room must seat at least 16 attendees."), changed);
        Assert.Contains($"room-size: article text changed ({reviewedHash} -> {stale.NewHash}); sentences 104", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_translation_only_edit_does_not_make_a_topic_stale()
    {
        _kb.WriteTopic("room-size", RoomTopic);
        await ImportWorkshop("room-size");
        var edited = _kb.EditedArticle(Fixture.Workshop, "Salon en az 12 katılımcı almalıdır.", "Salon en az 12 kişilik olmalıdır.");

        await Import(edited);

        Assert.Empty(StaleTopicStore.Load(_kb.Directory));
    }

    [Fact]
    public async Task Accept_all_updates_every_stale_topic_of_the_article()
    {
        var room = _kb.WriteTopic("room-size", RoomTopic);
        var online = _kb.WriteTopic("online", "id: online\nsource:\n  anchor: q-can-i-run-the-workshop-online\n  sentences: [112-115]\n  hash: 000000000000\n");
        var other = _kb.WriteTopic("elsewhere", "id: elsewhere\nsource:\n  anchor: some-other-article\n  sentences: [900]\n");

        Assert.Equal(0, await KbImportCommand.RunAsync(Fixture.PathOf(Fixture.Workshop), _kb.Directory, [], true, _output, CancellationToken.None));

        Assert.Contains("  hash: ", File.ReadAllText(room), StringComparison.Ordinal);
        Assert.DoesNotContain("000000000000", File.ReadAllText(online), StringComparison.Ordinal);
        Assert.DoesNotContain("hash", File.ReadAllText(other), StringComparison.Ordinal);
        Assert.Empty(StaleTopicStore.Load(_kb.Directory));
        Assert.Contains("Accepted (source.hash updated): online, room-size", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Importing_the_real_article_hands_the_KPI_discrepancy_question_to_its_curated_topic()
    {
        _kb.WriteTopic("kpi-discrepancy", "id: kpi-discrepancy\nsource:\n  anchor: q-where-should-i-go-in-case-there-is-a-discrepancy-between-kpis-in-partner-center-under-the-learning-option-and-my-kpi-dashboard\n  sentences: [164-174]\n");

        Assert.Equal(0, await Import(Fixture.PathOf(Fixture.LearningPartnerEnroll)));

        var dutch = File.ReadAllText(_kb.Imported("use-partner-center-to-enroll-as-a-microsoft-learning-partner.nl.yaml"));
        Assert.Contains("      sentences: [164-180]\n    curatedBy: kpi-discrepancy\n", dutch, StringComparison.Ordinal);
        Assert.Contains("5 sections, 5 Q&A pairs", _output.ToString(), StringComparison.Ordinal);
        Assert.Equal("kpi-discrepancy", Assert.Single(StaleTopicStore.Load(_kb.Directory)).TopicId);
    }

    [Fact]
    public async Task Accepting_an_unknown_topic_fails_before_writing_anything()
    {
        Assert.Equal(1, await ImportWorkshop("no-such-topic"));

        Assert.Contains("kb import: --accept no-such-topic: no curated topic with that id", _output.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_kb.Directory, "imported")));
    }

    [Fact]
    public async Task A_missing_file_is_named_in_the_message()
    {
        Assert.Equal(1, await Import(Path.Combine(_kb.Directory, "nope.md")));

        Assert.Equal($"kb import: '{Path.Combine(_kb.Directory, "nope.md")}' does not exist.\n", _output.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task A_folder_instead_of_a_file_is_refused()
    {
        Assert.Equal(1, await Import(_kb.Directory));

        Assert.Contains("is a folder", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_markdown_file_that_is_not_a_localized_Learn_article_is_refused()
    {
        var path = Path.Combine(_kb.Directory, "notes.md");
        await File.WriteAllTextAsync(path, "# Notes\n\nJust some notes.\n");

        Assert.Equal(1, await Import(path));

        Assert.Contains($"kb import: '{path}' is not a localized Microsoft Learn article: it does not start with a YAML front matter block", _output.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_kb.Directory, "imported")));
    }

    [Fact]
    public async Task A_missing_kb_folder_is_refused()
    {
        var missing = Path.Combine(_kb.Directory, "no-kb");

        Assert.Equal(1, await KbImportCommand.RunAsync(Fixture.PathOf(Fixture.Workshop), missing, [], false, _output, CancellationToken.None));

        Assert.Contains($"the knowledge base folder '{missing}' does not exist", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreadable_curated_topic_is_reported_and_the_import_goes_on()
    {
        _kb.WriteTopic("broken", "id: [unclosed\n");

        Assert.Equal(0, await ImportWorkshop());

        Assert.Contains("topics/broken.yaml could not be read and was skipped", _output.ToString(), StringComparison.Ordinal);
    }
}
