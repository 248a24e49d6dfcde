using System.Globalization;
using BotKit.Hosting;
using BotKit.Schema;
using LearningPartnerBot.Eligibility.Rules;
using LearningPartnerBot.Localization;

namespace LearningPartnerBot.Eligibility.Chat;

/// <summary>
/// Answers "when will my invoice from March show up?" with the date the KPI dashboard shows it, computed, not
/// looked up: no partner data or dialog is needed, so it works for anyone.
/// </summary>
public sealed class InvoiceDateAnswer(TimeProvider clock)
{
    /// <summary>Sends the answer and returns the invoice month answered for when <paramref name="text"/> is such a question; otherwise does nothing.</summary>
    public async Task<DateOnly?> TryAnswerAsync(ITurnContext turnContext, string? text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return InvoiceMonthQuestion.Recognize(text) is { } asked
            ? await AnswerAsync(turnContext, asked.Month, asked.Year, asked.Language, cancellationToken)
            : null;
    }

    /// <summary>
    /// Sends when an invoice of <paramref name="month"/> shows up: in <paramref name="year"/> when the partner named one,
    /// else the latest such month that is not in the future. The question's own words say which language to answer in
    /// (the chat's locale may be a default nobody chose); without them, the chat's.
    /// </summary>
    public async Task<DateOnly> AnswerAsync(ITurnContext turnContext, int month, int? year, string? language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var chatCulture = LocaleResolver.Resolve(turnContext.Activity);
        var culture = language is null ? chatCulture : CultureInfo.GetCultureInfo(language);
        var strings = EligibilityChatStrings.Get(culture);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var invoiceMonth = year is { } named ? new DateOnly(named, month, 1) : MostRecent(month, today);
        var visibleFrom = KpiVisibility.VisibleFrom(invoiceMonth.Year, invoiceMonth.Month);
        var reply = MessageFactory.Text(visibleFrom > today
            ? strings.InvoiceWillShow(invoiceMonth, visibleFrom)
            : strings.InvoiceShown(invoiceMonth, visibleFrom));
        if (culture.TwoLetterISOLanguageName != chatCulture.TwoLetterISOLanguageName)
        {
            reply.Locale = culture.Name;
        }

        await turnContext.SendActivityAsync(reply, cancellationToken);
        return invoiceMonth;
    }

    /// <summary>"My invoice from March" means the latest March that is not in the future: this year's or last year's.</summary>
    internal static DateOnly MostRecent(int month, DateOnly today) =>
        new(month <= today.Month ? today.Year : today.Year - 1, month, 1);
}
