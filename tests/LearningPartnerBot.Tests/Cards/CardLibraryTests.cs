using LearningPartnerBot.Cards;

namespace LearningPartnerBot.Tests.Cards;

public class CardLibraryTests
{
    [Fact]
    public void Loads_an_embedded_card_by_name()
    {
        var library = new CardLibrary();

        var template = library.Get("welcome");

        Assert.Equal("welcome", template.Name);
        Assert.Contains("welcome", library.Names);
    }

    [Fact]
    public void Loads_each_card_once()
    {
        var library = new CardLibrary();

        Assert.Same(library.Get("welcome"), library.Get("welcome"));
    }

    [Fact]
    public void A_missing_card_is_named_in_the_error()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => new CardLibrary().Get("no-such-card"));

        Assert.Contains("'no-such-card'", ex.Message, StringComparison.Ordinal);
    }
}
