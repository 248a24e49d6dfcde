using LearningPartnerBot.Knowledge.Import;

namespace LearningPartnerBot.Tests.Knowledge.Import;

public class ImportedEntryBuilderTests
{
    private readonly LearnArticle _article = Fixture.Parse(Fixture.Workshop);

    [Fact]
    public void Makes_one_entry_per_block_with_text_in_the_article_language()
    {
        var turkish = ImportedEntryBuilder.Build(_article, "tr", []);

        Assert.Equal("tr", turkish.Language);
        Assert.Equal(
            ["plan-partner-training-workshop", "choose-room", "invite-attendees", "run-workshop-online", "who-pays-courseware"],
            turkish.Entries.Select(e => e.Id));
        Assert.Equal(["introduction", "section", "section", "qa", "qa"], turkish.Entries.Select(e => e.Kind));
        Assert.Equal("Salon seçin", turkish.Entries[1].Question);
        Assert.Equal("Kurs materyallerinin ücretini kim öder?", turkish.Entries[4].Question);
        Assert.Equal("Kurs materyallerinin ücretini iş ortağı öder.", turkish.Entries[4].Answer);
    }

    [Fact]
    public void The_English_entries_have_the_same_ids_and_sources()
    {
        var turkish = ImportedEntryBuilder.Build(_article, "tr", []);
        var english = ImportedEntryBuilder.Build(_article, "en", []);

        Assert.Equal(turkish.Entries.Select(e => (e.Id, e.Anchor, string.Join(',', e.SentenceIds))), english.Entries.Select(e => (e.Id, e.Anchor, string.Join(',', e.SentenceIds))));
        Assert.Equal("Can I run the workshop online?", english.Entries[3].Question);
        Assert.Equal("Plan a partner training workshop", english.Title);
    }

    [Fact]
    public void A_heading_with_no_text_under_it_gives_no_entry()
    {
        var entries = ImportedEntryBuilder.Build(_article, "en", []).Entries;

        Assert.DoesNotContain(entries, e => e.Anchor == "frequently-asked-questions");
    }

    [Fact]
    public void The_missing_English_of_a_broken_sentence_is_filled_with_its_translation()
    {
        var invite = ImportedEntryBuilder.Build(_article, "en", []).Entries.Single(e => e.Id == "invite-attendees");

        Assert.Equal(
            "Send the invitations from the [event portal](https://example.com/events). **Katılım onayı** en geç bir hafta önce alınmalıdır.",
            invite.Answer);
        Assert.Equal([108, 109, 110], invite.SentenceIds);
    }

    [Fact]
    public void An_entry_sharing_sentences_with_a_curated_topic_names_the_topic_that_shares_most()
    {
        CuratedTopic[] curated =
        [
            new("room-size", "room-size.yaml", null, new SortedSet<int> { 104 }, null),
            new("room-booking", "room-booking.yaml", null, new SortedSet<int> { 105, 106, 107 }, null),
            new("unrelated", "unrelated.yaml", null, new SortedSet<int> { 300 }, null),
        ];

        var entries = ImportedEntryBuilder.Build(_article, "tr", curated).Entries;

        Assert.Equal("room-booking", entries.Single(e => e.Id == "choose-room").CuratedBy);
        Assert.All(entries.Where(e => e.Id != "choose-room"), e => Assert.Null(e.CuratedBy));
    }
}
