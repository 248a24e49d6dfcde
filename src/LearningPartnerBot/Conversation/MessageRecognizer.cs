using System.Buffers;
using System.Text.Json;
using BotKit.Hosting;
using BotKit.Schema;
using LearningPartnerBot.Conversation.Phrasings;
using LearningPartnerBot.Eligibility.Chat;
using LearningPartnerBot.Knowledge;
using LearningPartnerBot.Knowledge.Chat;
using LearningPartnerBot.Knowledge.Text;
using LearningPartnerBot.Localization;
using LearningPartnerBot.Requests;

namespace LearningPartnerBot.Conversation;

/// <summary>
/// The one place that decides what a message means. A button's meaning is read from its data, never guessed from its
/// title; typed words are matched against the phrasing files (kb/intents), then read as a question about an invoice's
/// date, and otherwise taken as a question for the FAQ. Read once per turn and kept in the turn state.
/// </summary>
public sealed class MessageRecognizer(PhrasingTable phrasings)
{
    private const string TurnStateKey = "LearningPartnerBot.Understanding";

    /// <summary>Small talk in parts ("thanks a lot, bye for now!") is short; a longer message is a question.</summary>
    private const int MaxSmallTalkLength = 80;

    /// <summary>The turn's understanding, read on first use.</summary>
    public Understanding Understand(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.TurnState.Get<Understanding>(TurnStateKey) is { } known)
        {
            return known;
        }

        var understanding = Recognize(turnContext.Activity);
        turnContext.TurnState.Set(TurnStateKey, understanding);
        Diagnostics.BotTracing.Understood(turnContext, understanding.Intent, understanding.Source);
        return understanding;
    }

    public Understanding Recognize(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text?.Trim() ?? string.Empty;
        if (activity.Value is JsonElement { ValueKind: JsonValueKind.Object } value && FromButton(activity, value, text) is { } clicked)
        {
            return clicked;
        }

        if (text.Length == 0)
        {
            return new Understanding(Intent.Question, MessageSource.Nothing, text, MessageEntities.None, null);
        }

        var chatLanguage = LocaleResolver.Resolve(activity).TwoLetterISOLanguageName;

        // Folded once, on the stack for a chat-sized message: every reading below works on these letters.
        var size = TextFolding.MaxWordsLength(text.Length);
        char[]? rented = null;
        var buffer = size <= TextFolding.MaxStackText ? stackalloc char[TextFolding.MaxStackText] : (rented = ArrayPool<char>.Shared.Rent(size));
        try
        {
            return Typed(text, buffer[..TextFolding.Words(text, buffer)], chatLanguage);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    private Understanding Typed(string text, ReadOnlySpan<char> words, string chatLanguage)
    {
        var entities = EntityRecognizer.Recognize(words);
        if (phrasings.Match(words, chatLanguage) is { } phrasing)
        {
            return new Understanding(phrasing.Intent, MessageSource.Typed, text, entities, phrasing.Language);
        }

        if (ReadInParts(text, chatLanguage) is { } parts)
        {
            return new Understanding(parts.Intent, MessageSource.Typed, text, entities, parts.Language);
        }

        if (InvoiceMonthQuestion.Recognize(text, words) is { } invoice)
        {
            return new Understanding(Intent.InvoiceDate, MessageSource.Typed, text, entities, invoice.Language);
        }

        return new Understanding(Intent.Question, MessageSource.Typed, text, entities, null);
    }

    /// <summary>
    /// "that's all, bye", "hi, good afternoon", "great, thanks for the help": parts that are each small talk (or a word
    /// like "great") are small talk as a whole, and the last part says which. "stop, cancel", "vazgeçtim, iptal",
    /// "ok thanks, start over": a part that steers (cancel, start over, help, a person) outweighs small talk, and of
    /// several the last is what the partner settled on. A question in any part makes it a question.
    /// </summary>
    private (Intent Intent, string Language)? ReadInParts(string text, string chatLanguage)
    {
        if (text.Length > MaxSmallTalkLength)
        {
            return null;
        }

        // Each part is folded into the same buffer; one that folds to nothing (only punctuation or spaces) is no part.
        Span<char> folded = stackalloc char[TextFolding.MaxWordsLength(MaxSmallTalkLength)];
        var count = 0;
        (Intent Intent, string Language)? last = null;
        (Intent Intent, string Language)? steering = null;
        foreach (var range in text.AsSpan().SplitAny(PartSeparators))
        {
            var part = folded[..TextFolding.Words(text.AsSpan(range), folded)];
            if (part.Length == 0)
            {
                continue;
            }

            // Parts are read as they come: a message of fewer than two is not read in parts, which only the end can tell.
            count++;
            var match = phrasings.Match(part, chatLanguage);
            if (match is { Intent: Intent.Greeting or Intent.Thanks or Intent.Goodbye })
            {
                last = match;
            }
            else if (match is { Intent: Intent.Cancel or Intent.StartOver or Intent.Help or Intent.TalkToPerson })
            {
                steering = match;
            }
            else if (!phrasings.IsFiller(part, chatLanguage))
            {
                return null;
            }
        }

        return count < 2 ? null : steering ?? last;
    }

    private static readonly char[] PartSeparators = [',', '.', '!', ';', '\n'];

    private static string? JourneyId(JsonElement value) =>
        value.TryGetProperty("journey", out var journey) && journey.ValueKind == JsonValueKind.String ? journey.GetString()?.Trim().ToLowerInvariant() : null;

    private static Understanding? FromButton(Activity activity, JsonElement value, string text)
    {
        if (FormSubmit.From(value) is { } form)
        {
            var intent = form.Action switch
            {
                FormSubmit.MyRequests => Intent.MyRequests,
                FormSubmit.Person => Intent.TalkToPerson,
                _ => Intent.Question,
            };
            return new Understanding(intent, intent == Intent.Question ? MessageSource.Form : MessageSource.Button, text, MessageEntities.None, null) { Form = form };
        }

        if (FaqCardAction.From(activity) is { } faq)
        {
            return faq switch
            {
                { Action: FaqCardAction.Support } => new Understanding(Intent.TalkToPerson, MessageSource.Button, text, MessageEntities.None, faq.Language),
                { Action: FaqCardAction.File, Request: TopicActions.KpiDiscrepancy } => new Understanding(Intent.FileDiscrepancy, MessageSource.Button, text, MessageEntities.None, faq.Language),
                { Action: FaqCardAction.File, Request: TopicActions.DirectoryListing } => new Understanding(Intent.RequestDirectory, MessageSource.Button, text, MessageEntities.None, faq.Language),
                _ => new Understanding(Intent.Question, MessageSource.FaqCard, text, MessageEntities.None, faq.Language) { FaqAction = faq },
            };
        }

        var journey = JourneyId(value) switch
        {
            Journeys.Faq => Intent.AskQuestion,
            Journeys.Eligibility => Intent.CheckEligibility,
            Journeys.Requests => Intent.FileRequest,
            Journeys.MyRequests => Intent.MyRequests,
            Journeys.Person => Intent.TalkToPerson,
            _ => (Intent?)null,
        };
        var named = journey ?? (value.TryGetProperty("intent", out var id) && id.ValueKind == JsonValueKind.String ? IntentIds.Parse(id.GetString()) : null);
        return named is { } clickedIntent
            ? new Understanding(clickedIntent, MessageSource.Button, text, MessageEntities.None, null)
            : null;
    }
}
