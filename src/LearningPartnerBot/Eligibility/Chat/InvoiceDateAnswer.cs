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
    /// <summary>Sends the answer and returns true when <paramref name="text"/> is such a question; otherwise does nothing.</summary>
    public async Task<bool> TryAnswerAsync(ITurnContext turnContext, string? text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (InvoiceMonthQuestion.Recognize(text) is not var (month, language))
        {
            return false;
        }

        var chatCulture = LocaleResolver.Resolve(turnContext.Activity);

        // The question's own words say which language it is in; the chat's locale may be a default nobody chose.
        var culture = CultureInfo.GetCultureInfo(language);
        var strings = EligibilityChatStrings.Get(culture);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var invoiceMonth = MostRecent(month, today);
        var visibleFrom = KpiVisibility.VisibleFrom(invoiceMonth.Year, invoiceMonth.Month);
        var reply = MessageFactory.Text(visibleFrom > today
            ? strings.InvoiceWillShow(invoiceMonth, visibleFrom)
            : strings.InvoiceShown(invoiceMonth, visibleFrom));
        if (culture.TwoLetterISOLanguageName != chatCulture.TwoLetterISOLanguageName)
        {
            reply.Locale = culture.Name;
        }

        await turnContext.SendActivityAsync(reply, cancellationToken);
        return true;
    }

    /// <summary>"My invoice from March" means the latest March that is not in the future: this year's or last year's.</summary>
    internal static DateOnly MostRecent(int month, DateOnly today) =>
        new(month <= today.Month ? today.Year : today.Year - 1, month, 1);
}
