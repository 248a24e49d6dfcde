using BotKit.Schema;
using LearningPartnerBot.Conversation;
using LearningPartnerBot.Conversation.Phrasings;
using LearningPartnerBot.Eligibility.Chat;

namespace LearningPartnerBot.Tests.Eligibility.Chat;

/// <summary>Which typed messages the eligibility check and the invoice-date answer take, and which they leave to the FAQ.</summary>
public sealed class ChatQuestionRecognitionTests
{
    [Theory]
    [InlineData("Am I eligible for gold?")]
    [InlineData("are we eligible for the silver learning option")]
    [InlineData("Is my company eligible?")]
    [InlineData("do we qualify for gold")]
    [InlineData("what is my eligibility")]
    [InlineData("kom ik in aanmerking voor silver")]
    [InlineData("Komen wij in aanmerking voor Gold?")]
    [InlineData("komt mijn bedrijf in aanmerking voor de Action Pack")]
    [InlineData("gold için uygun muyum")]
    [InlineData("GOLD İÇİN UYGUN MUYUZ?")]
    [InlineData("sirketimiz silver icin uygun mu")]
    public void A_personal_eligibility_question_starts_the_check(string text)
    {
        Assert.Equal(Intent.CheckEligibility, Recognize(text));
    }

    [Theory]
    [InlineData("Who is eligible for the gold learning option?")]
    [InlineData("What are the requirements for silver?")]
    [InlineData("What do I need to qualify for the Learning Action Pack?")]
    [InlineData("Wie komt in aanmerking voor gold?")]
    [InlineData("Gold için kimler uygun?")]
    [InlineData("")]
    public void A_question_about_the_program_is_left_to_the_faq(string text)
    {
        Assert.NotEqual(Intent.CheckEligibility, Recognize(text));
    }

    public static TheoryData<string, int> MonthNames => new()
    {
        { "january", 1 }, { "februari", 2 }, { "mart", 3 }, { "April", 4 }, { "mei", 5 }, { "haziran", 6 },
        { "juli", 7 }, { "Ağustos", 8 }, { "agustos", 8 }, { "eylül", 9 }, { "eylul", 9 }, { "oktober", 10 },
        { "Kasım", 11 }, { "kasim", 11 }, { "Aralık", 12 }, { "aralik", 12 }, { "ocak", 1 }, { "şubat", 2 },
        { "Mayıs", 5 }, { "mayis", 5 }, { "temmuz", 7 }, { "nisan", 4 }, { "ekim", 10 }, { "maart", 3 },
        { "augustus", 8 }, { "juni", 6 }, { "september", 9 }, { "november", 11 }, { "december", 12 }, { "october", 10 },
    };

    [Theory]
    [MemberData(nameof(MonthNames))]
    public void Every_month_is_recognized_in_every_language_with_or_without_turkish_letters(string month, int number)
    {
        var asked = InvoiceMonthQuestion.Recognize($"when will my invoice from {month} show up?");

        Assert.Equal(number, asked?.Month);
    }

    [Theory]
    [InlineData("Mart'taki faturam ne zaman görünecek?", 3, "tr")]
    [InlineData("Ocak ayındaki faturamın KPI'ları ne zaman görünür?", 1, "tr")]
    [InlineData("factuur van januari, vanaf wanneer zie ik de kpi", 1, "nl")]
    [InlineData("I have an invoice dated January, when will its KPIs show up?", 1, "en")]
    public void Turkish_endings_and_other_word_orders_still_give_the_month_and_language(string text, int month, string language)
    {
        Assert.Equal((month, (int?)null, language), InvoiceMonthQuestion.Recognize(text));
    }

    [Theory]
    [InlineData("invoice dated january 2020, when is it visible?", 1, 2020)]
    [InlineData("wanneer is mijn factuur van maart 2025 zichtbaar", 3, 2025)]
    [InlineData("Aralık 2024 faturam ne zaman görünür?", 12, 2024)]
    public void A_year_the_partner_names_is_kept(string text, int month, int year)
    {
        var asked = InvoiceMonthQuestion.Recognize(text);

        Assert.Equal((month, year), (asked?.Month, asked?.Year));
    }

    [Theory]
    [InlineData("When will my invoice show up?")]
    [InlineData("When may I see my invoice?")]
    [InlineData("Can I send an order confirmation instead of an invoice?")]
    [InlineData("Mag ik een orderbevestiging sturen in plaats van een factuur?")]
    [InlineData("Fatura yerine sipariş onayı gönderebilir miyim?")]
    public void Without_a_month_it_is_a_question_for_the_faq(string text)
    {
        Assert.Null(InvoiceMonthQuestion.Recognize(text));
    }

    private static Intent Recognize(string text) =>
        new MessageRecognizer(PhrasingTable.Shipped).Recognize(new Activity { Type = ActivityTypes.Message, Text = text, Locale = "en-US" }).Intent;
}
