using BotKit.Hosting;

namespace BotKit.State;

public sealed class BotStateSet(params BotState[] botStates)
{
    public IReadOnlyList<BotState> BotStates { get; } = botStates;

    public async Task LoadAllAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        foreach (var state in BotStates)
        {
            await state.LoadAsync(turnContext, force, cancellationToken);
        }
    }

    public async Task SaveAllChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        foreach (var state in BotStates)
        {
            await state.SaveChangesAsync(turnContext, force, cancellationToken);
        }
    }
}
