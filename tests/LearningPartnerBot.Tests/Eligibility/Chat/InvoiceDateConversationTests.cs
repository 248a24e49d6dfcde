using LearningPartnerBot.Tests.Knowledge.Chat;
using Xunit.Abstractions;

namespace LearningPartnerBot.Tests.Eligibility.Chat;

/// <summary>"When will my invoice from March show up?" answered with the date, in the question's language.</summary>
public sealed class InvoiceDateConversationTests(ITestOutputHelper output)
{
    public static TheoryData<string, string, string, string> Questions => new()
    {
        // today, locale, question, answer. "March" is the latest March not after today.
        { "2026-03-10", "en-US", "When will my invoice from March show up?", "Invoices from March 2026 show up in your KPI dashboard on April 15, 2026. KPI reports refresh once a month, mid-month." },
        { "2026-03-10", "nl-NL", "wanneer zie ik mijn factuur van maart", "Facturen van maart 2026 verschijnen op 15 april 2026 in uw KPI-dashboard. KPI-rapporten worden één keer per maand bijgewerkt, halverwege de maand." },
        { "2026-03-10", "tr-TR", "mart faturam ne zaman görünür", "Mart 2026 faturaları 15 Nisan 2026 tarihinde KPI panonuzda görünür. KPI raporları ayda bir, ayın ortasında güncellenir." },
        { "2027-01-05", "en-US", "when will my December invoice show up", "Invoices from December 2026 show up in your KPI dashboard on January 15, 2027. KPI reports refresh once a month, mid-month." },
        { "2026-02-10", "tr-TR", "Şubat faturam ne zaman görünür?", "Şubat 2026 faturaları 15 Mart 2026 tarihinde KPI panonuzda görünür. KPI raporları ayda bir, ayın ortasında güncellenir." },
        { "2026-02-10", "tr-TR", "subat faturam ne zaman gorunur", "Şubat 2026 faturaları 15 Mart 2026 tarihinde KPI panonuzda görünür. KPI raporları ayda bir, ayın ortasında güncellenir." },
        { "2026-02-10", "en-US", "When will my invoice from May show up?", "Invoices from May 2025 showed up in your KPI dashboard on June 15, 2025. If yours is missing, check that it is an actual invoice: order confirmations and partner reports never count." },
        { "2026-08-20", "nl-NL", "Wanneer verschijnt mijn factuur van juli?", "Facturen van juli 2026 zijn op 15 augustus 2026 in uw KPI-dashboard verschenen. Ziet u de uwe niet? Controleer dan of het een echte factuur is: orderbevestigingen en partnerrapporten tellen nooit mee." },
    };

    [Theory]
    [MemberData(nameof(Questions))]
    public async Task The_invoice_question_is_answered_with_the_date_it_shows_up(string today, string locale, string question, string answer)
    {
        using var chat = new ChatHarness(locale, output, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

        await chat.Flow().Send(question).AssertReply(answer).StartTestAsync();
    }

    [Fact]
    public async Task A_dutch_question_in_an_english_chat_is_answered_in_dutch()
    {
        using var chat = new ChatHarness("en-US", output, new DateOnly(2026, 3, 10));

        await chat.Flow()
            .Send("wanneer zie ik mijn factuur van maart")
            .AssertReply(reply =>
            {
                Assert.Equal("nl", reply.Locale);
                Assert.StartsWith("Facturen van maart 2026", reply.Text, StringComparison.Ordinal);
            })
            .StartTestAsync();
    }
}
