using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using LearningPartnerBot.Cards;
using LearningPartnerBot.Eligibility.Advice;
using LearningPartnerBot.Eligibility.Chat;
using LearningPartnerBot.Eligibility.Data;
using LearningPartnerBot.Eligibility.Rules;
using LearningPartnerBot.Knowledge.Chat;
using LearningPartnerBot.Knowledge.Search;
using LearningPartnerBot.Localization;
using LearningPartnerBot.Requests.DirectoryListing;
using LearningPartnerBot.Requests.Discrepancy;
using LearningPartnerBot.Tests.Knowledge;

namespace LearningPartnerBot.Tests.Cards;

/// <summary>
/// Each card template bound the way the bot binds it (through its builder), with sample data that reaches every
/// optional part of the card. Keyed by the builders' own card names; a new file in cards/ needs an entry here.
/// </summary>
internal static class CardSamples
{
    private static readonly CardLibrary Library = new();

    public static readonly IReadOnlyDictionary<string, Func<string, IEnumerable<(string Sample, JsonObject Card)>>> ByCardName =
        new Dictionary<string, Func<string, IEnumerable<(string, JsonObject)>>>(StringComparer.Ordinal)
        {
            [WelcomeCard.CardName] = language => [("welcome", Json(WelcomeCard.Create(Library, BotStrings.Get(Culture(language))).Content))],
            [EligibilityResultCard.CardName] = EligibilityResults,
            [UnmappedUserCard.CardName] = language =>
                [("unlinked user", Json(new UnmappedUserCard(Library).Create(EligibilityChatStrings.Get(Culture(language))).Content))],
            [FaqCards.AnswerCardName] = FaqAnswers,
            [FaqCards.NotSureCardName] = FaqNotSure,
            [DiscrepancyCards.FormCardName] = RequestCardSamples.DiscrepancyForms,
            [DirectoryCards.FormCardName] = RequestCardSamples.DirectoryForms,
            [DiscrepancyCards.ConfirmCardName] = RequestCardSamples.Confirmations,
        };

    private static IEnumerable<(string, JsonObject)> EligibilityResults(string language)
    {
        var culture = Culture(language);
        var strings = EligibilityChatStrings.Get(culture);
        var builder = new EligibilityResultCard(Library);
        foreach (var (sample, verdict) in new[] { ("qualifies for silver", Qualifying), ("nothing loaded yet", NothingLoaded) })
        {
            var card = builder.Create(verdict, "Contoso Learning", NextStepsWriter.Write(verdict, null, culture), strings);
            yield return (sample, Json(card.Content));
        }
    }

    /// <summary>Every topic's answer: they differ in related topics and request buttons, the card's optional parts.</summary>
    private static IEnumerable<(string, JsonObject)> FaqAnswers(string language)
    {
        var knowledge = TestKnowledge.Index.Knowledge;
        var cards = new FaqCards(Library, knowledge);
        var strings = BotStrings.Get(Culture(language));
        return knowledge.Topics.Select(topic =>
            ($"topic {topic.Id}", Json(cards.Answer(topic, language, "answer-1", "How do I enroll?", strings).Content)));
    }

    private static IEnumerable<(string, JsonObject)> FaqNotSure(string language)
    {
        var knowledge = TestKnowledge.Index.Knowledge;
        var cards = new FaqCards(Library, knowledge);
        var strings = BotStrings.Get(Culture(language));
        var suggestions = knowledge.Topics.Take(3).Select(topic => new ScoredTopic(topic, 0.4, 3.2)).ToList();
        yield return ("three suggestions", Json(cards.NotSure(suggestions, language, strings).Content));
        yield return ("no suggestions", Json(cards.NotSure([], language, strings).Content));
    }

    private static EligibilityVerdict Qualifying => new(
        "1000004",
        "Cloud Platform",
        new DateOnly(2026, 3, 10),
        EnrollmentLevel.Silver,
        new KpiWindow(new DateOnly(2025, 3, 1), new DateOnly(2026, 2, 28), new DateOnly(2026, 3, 15)),
        2026,
        [
            new LevelVerdict(EnrollmentLevel.ActionPack, true, [new RequirementCheck(RequirementIds.Mct, true, new CountValue(2), new CountValue(1), [])]),
            new LevelVerdict(EnrollmentLevel.Silver, true, [new RequirementCheck(RequirementIds.Kpi, true, new MoneyValue(1250.5m), new MoneyValue(1000m), [])]),
            new LevelVerdict(EnrollmentLevel.Gold, false,
            [
                new RequirementCheck(RequirementIds.Exams, false, new CodesValue(["AZ-104"]), new CodesValue(["AZ-104", "AZ-305"]), ["AZ-305"]),
                new RequirementCheck(RequirementIds.Commitment, false, new YesNoValue(false), new YesNoValue(true), []),
            ]),
        ],
        [new PendingInvoice("INV-2026-0042", "Delivery", 2026, 2, 310m, new DateOnly(2026, 3, 20))],
        CovidExtension: true,
        UpgradeDiscount: true,
        CurrentEnrollment: EnrollmentLevel.ActionPack);

    private static EligibilityVerdict NothingLoaded => new(
        "1000009",
        "Data Analytics",
        new DateOnly(2026, 3, 10),
        EnrollmentLevel.None,
        new KpiWindow(new DateOnly(2025, 3, 1), new DateOnly(2026, 2, 28), new DateOnly(2026, 3, 15)),
        2026,
        [new LevelVerdict(EnrollmentLevel.ActionPack, false, [new RequirementCheck(RequirementIds.RequirementSet, false, null, new YearValue(2026), [])])],
        [],
        CovidExtension: false,
        UpgradeDiscount: false,
        CurrentEnrollment: EnrollmentLevel.None);

    private static CultureInfo Culture(string language) => CultureInfo.GetCultureInfo(language);

    private static JsonObject Json(object? content) => JsonNode.Parse(JsonSerializer.Serialize(content))!.AsObject();
}
