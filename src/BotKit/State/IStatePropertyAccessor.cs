using BotKit.Hosting;

namespace BotKit.State;

/// <summary>A named, typed slot in a <see cref="BotState"/> (e.g. the dialog stack in conversation state).</summary>
public interface IStatePropertyAccessor<T>
{
    string Name { get; }

    /// <summary>Gets the value; when absent and a factory is given, stores and returns the factory's value.</summary>
    Task<T?> GetAsync(ITurnContext turnContext, Func<T>? defaultValueFactory = null, CancellationToken cancellationToken = default);

    Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default);

    Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);
}
