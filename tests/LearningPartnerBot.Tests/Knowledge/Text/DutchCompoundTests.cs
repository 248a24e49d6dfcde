namespace LearningPartnerBot.Tests.Knowledge.Text;

public class DutchCompoundTests
{
    [Fact]
    public void A_compound_keeps_the_whole_word_and_adds_its_parts()
    {
        var dutch = Analyzers.WithoutSynonyms("nl");

        var terms = dutch.Analyze("leeroptie");

        Assert.Equal(3, terms.Count);
        Assert.Equal("leeroptie", terms[0]);
        Assert.Equal(dutch.Analyze("leer").Single(), terms[1]);
        Assert.Equal(dutch.Analyze("optie").Single(), terms[2]);
    }

    [Theory]
    [InlineData("competentievereisten", "competentie", "vereisten")]
    [InlineData("leeropties", "leer", "opties")]
    [InlineData("bedrijfstoepassingsplan", "bedrijf", "toepassing", "plan")]
    [InlineData("partnerovereenkomst", "partner", "overeenkomst")]
    [InlineData("klantenportaal", "klant", "portaal")]
    [InlineData("inschrijvingsbevestiging", "inschrijving", "bevestiging")]
    [InlineData("kpidashboard", "kpi", "dashboard")]
    public void Compounds_of_known_parts_give_the_parts_as_they_would_stand_alone(string compound, params string[] parts)
    {
        var dutch = Analyzers.WithoutSynonyms("nl");

        var terms = dutch.Analyze(compound);

        Assert.Equal(parts.Select(part => dutch.Analyze(part).Single()), terms.Skip(1));
    }

    [Fact]
    public void The_parts_meet_a_question_that_uses_the_words_separately()
    {
        var dutch = Analyzers.WithoutSynonyms("nl");

        var compound = dutch.Analyze("Welke leeropties zijn er?");
        var separate = dutch.Analyze("opties om te leren");

        Assert.Contains(separate[0], compound);
    }

    [Fact]
    public void The_joined_and_hyphenated_spellings_give_the_same_terms()
    {
        Assert.Equal(Analyzers.Terms("nl", "KPI-dashboard"), Analyzers.Terms("nl", "kpidashboard"));
    }

    [Theory]
    [InlineData("leerling")]
    [InlineData("mapping")]
    [InlineData("partnerschap")]
    [InlineData("programma")]
    public void Words_that_are_not_made_of_known_parts_stay_whole(string word)
    {
        Assert.Single(Analyzers.WithoutSynonyms("nl").Analyze(word));
    }

    [Fact]
    public void Parts_are_mapped_through_synonyms()
    {
        var terms = Analyzers.Terms("nl", "zilverpartner competentievereisten");

        Assert.Contains("silver", terms);
        Assert.Contains("competency", terms);
    }

    [Fact]
    public void Only_dutch_splits_closed_compounds()
    {
        Assert.Single(Analyzers.WithoutSynonyms("en").Analyze("leeroptie"));
        Assert.Single(Analyzers.WithoutSynonyms("tr").Analyze("leeroptie"));
    }
}
