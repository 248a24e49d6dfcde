using LearningPartnerBot.Knowledge.Text;

namespace LearningPartnerBot.Tests.Knowledge.Text;

/// <summary>
/// A question is read piece by piece, each piece's reading kept and reused; the words found that way must be exactly
/// the words the whole sentence holds, or a new question would be read differently from the knowledge base.
/// </summary>
public sealed class WordPieceTests
{
    [Theory]
    [InlineData("How do I enroll in the Learning Partner program?")]
    [InlineData("kpi-dashboard, KPI's en de leer\u00ADoptie: wat nu?")]
    [InlineData("Teams'te -gold- 'silver' --x a-b-c- ’quoted’ ʼte")]
    [InlineData("e\u0301e\u0301n ☕️ ßtraße 2021-01-01 / 30.06.2021")]
    [InlineData("İSTANBUL'da I\u0307zmir ıı -")]
    [InlineData("   ")]
    [InlineData("a--b - -c d'-e f'' g-'h")]
    public void The_words_of_the_pieces_are_the_words_of_the_whole_text(string text)
    {
        var whole = Tokenizer.Words(text);
        var pieces = new List<List<string>>();
        foreach (var piece in Tokenizer.Pieces(text))
        {
            pieces.AddRange(Tokenizer.Words(piece.ToString()));
        }

        Assert.Equal(whole.Select(w => string.Join('|', w)), pieces.Select(w => string.Join('|', w)));
    }

    [Fact]
    public void A_word_read_a_second_time_is_kept_and_not_read_again()
    {
        var reads = 0;
        var memo = new WordMemo<int>(word => { reads++; return word.Length; }, capacityPerGeneration: 4);

        Assert.Equal(5, memo.Get("enrol"));
        Assert.Equal(5, memo.Get("enrol".AsSpan()));
        Assert.Equal(5, memo.Get("enrol"));
        Assert.Equal(5, memo.Get("enrol".AsSpan()));

        Assert.Equal(2, reads);
    }

    [Fact]
    public void Words_read_only_once_do_not_push_out_words_in_use()
    {
        var reads = new List<string>();
        var memo = RecordingMemo(reads);
        PutInUse(memo, "enrol");
        var readsOfTheWordInUse = reads.Count(w => w == "enrol");

        // Far more one-off words (typos, say) than two generations hold.
        for (var i = 0; i < 50; i++)
        {
            Assert.Equal("enrl" + i, memo.Get("enrl" + i));
        }

        memo.Get("enrol");

        Assert.Equal(readsOfTheWordInUse, reads.Count(w => w == "enrol"));
    }

    [Fact]
    public void Memory_stays_bounded_whatever_partners_type()
    {
        var reads = new List<string>();
        var memo = RecordingMemo(reads);
        PutInUse(memo, "first");

        // Two generations of other words in use push the first one out: it is read again rather than kept forever.
        for (var i = 0; i < 8; i++)
        {
            PutInUse(memo, "word" + i);
        }

        memo.Get("first");

        Assert.Equal(3, reads.Count(w => w == "first"));
    }

    /// <summary>A memo with room for four words per generation that records each reading of a word.</summary>
    private static WordMemo<string> RecordingMemo(List<string> reads) =>
        new(word => { reads.Add(word); return word; }, capacityPerGeneration: 4);

    /// <summary>A word asked for twice, as a word partners use is: from then on the memo keeps it.</summary>
    private static void PutInUse(WordMemo<string> memo, string word)
    {
        memo.Get(word);
        memo.Get(word);
    }
}
