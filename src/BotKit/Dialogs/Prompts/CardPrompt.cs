using System.Text.Json;
using BotKit.Hosting;
using BotKit.Resources;
using BotKit.Schema;

namespace BotKit.Dialogs;

/// <summary>
/// Sends the Adaptive Card in <see cref="PromptOptions.Prompt"/> and waits for it to be submitted: the answer is the
/// activity's value (Action.Submit data, Teams messageBack), converted to <typeparamref name="T"/>. Typed text is not an
/// answer; the retry (by default a localized reminder with the same card) asks again. Validators can reject a submitted
/// value and send a corrected form in <see cref="PromptOptions.RetryPrompt"/> or their own message.
/// </summary>
public class CardPrompt<T>(string dialogId, PromptValidator<T>? validator = null) : Prompt<T>(dialogId, validator)
{
    protected override async Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        Activity activity;
        if (!isRetry)
        {
            activity = PrepareToSend(options.Prompt);
        }
        else if (options.RetryPrompt is not null)
        {
            activity = PrepareToSend(options.RetryPrompt);
        }
        else
        {
            activity = PrepareToSend(options.Prompt);
            activity.Text = DialogStrings.CardRetry(GetCulture(turnContext));
        }

        await turnContext.SendActivityAsync(activity, cancellationToken);
    }

    protected override Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        var value = BotJson.Convert<T>(turnContext.Activity.Value);
        var succeeded = value is not null and not JsonElement { ValueKind: JsonValueKind.Undefined or JsonValueKind.Null };
        return Task.FromResult(new PromptRecognizerResult<T> { Succeeded = succeeded, Value = succeeded ? value : default });
    }
}

/// <summary>A <see cref="CardPrompt{T}"/> that returns the submitted data as it arrived.</summary>
public class CardPrompt(string dialogId, PromptValidator<JsonElement>? validator = null) : CardPrompt<JsonElement>(dialogId, validator);
