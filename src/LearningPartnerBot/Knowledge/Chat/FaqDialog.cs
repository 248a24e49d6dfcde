using BotKit.Dialogs;
using BotKit.Schema;
using LearningPartnerBot.Localization;

namespace LearningPartnerBot.Knowledge.Chat;

/// <summary>The FAQ chosen from the menu: ask for the question, then answer it (or say the bot is not sure).</summary>
public sealed class FaqDialog : ComponentDialog
{
    private const string QuestionPrompt = "faqQuestion";
    private const string Flow = "faqFlow";

    private readonly FaqResponder _responder;

    public FaqDialog(FaqResponder responder)
        : base(nameof(FaqDialog))
    {
        _responder = responder ?? throw new ArgumentNullException(nameof(responder));
        AddDialog(new TextPrompt(QuestionPrompt));
        AddDialog(new WaterfallDialog(Flow, [AskAsync, AnswerAsync]));
        InitialDialogId = Flow;
    }

    private static async Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var strings = BotStrings.Get(LocaleResolver.Resolve(step.Context.Activity));
        return await step.PromptAsync(QuestionPrompt, new PromptOptions { Prompt = MessageFactory.Text(strings.FaqAskPrompt) }, cancellationToken);
    }

    private async Task<DialogTurnResult> AnswerAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is string question && !string.IsNullOrWhiteSpace(question))
        {
            await _responder.AnswerAsync(step.Context, question, cancellationToken);
        }

        return await step.EndDialogAsync(cancellationToken: cancellationToken);
    }
}
