using System.Numerics;
using BotKit.Hosting;
using BotKit.Resources;
using BotKit.Schema;

namespace BotKit.Dialogs;

/// <summary>
/// Asks for a number of type int, long, double or decimal, read with the separators of the user's language
/// (see <see cref="NumberRecognizer"/>). For int and long a fraction is not an answer.
/// </summary>
public class NumberPrompt<T> : Prompt<T>
    where T : struct, INumber<T>
{
    private static readonly bool IsIntegral = typeof(T) == typeof(int) || typeof(T) == typeof(long);

    public NumberPrompt(string dialogId, PromptValidator<T>? validator = null, string? defaultLocale = null)
        : base(dialogId, validator)
    {
        if (!IsIntegral && typeof(T) != typeof(double) && typeof(T) != typeof(decimal))
        {
            throw new NotSupportedException($"NumberPrompt supports int, long, double and decimal, not {typeof(T).Name}.");
        }

        DefaultLocale = defaultLocale;
    }

    protected override async Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var activity = PromptOrRetry(options, isRetry, () => DialogStrings.NumberRetry(GetCulture(turnContext)));
        if (activity is not null)
        {
            await turnContext.SendActivityAsync(PrepareToSend(activity), cancellationToken);
        }
    }

    protected override Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        var result = new PromptRecognizerResult<T>();
        if (NumberRecognizer.TryRecognize(turnContext.Activity.Text, GetCulture(turnContext), out var number)
            && (!IsIntegral || decimal.Truncate(number) == number))
        {
            try
            {
                result.Value = T.CreateChecked(number);
                result.Succeeded = true;
            }
            catch (OverflowException)
            {
                // Too large for T: not an answer, so the user is asked again.
            }
        }

        return Task.FromResult(result);
    }
}
