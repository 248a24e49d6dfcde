using BotKit.Hosting;
using BotKit.Schema;

namespace LearningPartnerBot.Tests.Console;

/// <summary>A test bot: records every activity it receives and answers with whatever the test scripts.</summary>
internal sealed class RecordingBot(Func<ITurnContext, Task> respond) : IBot
{
    public List<Activity> Received { get; } = [];

    public IEnumerable<Activity> Messages => Received.Where(a => a.IsType(ActivityTypes.Message));

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        Received.Add(turnContext.Activity);
        await respond(turnContext);
    }
}
