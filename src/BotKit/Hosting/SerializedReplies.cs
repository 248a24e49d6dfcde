using System.Buffers;
using BotKit.Schema;

namespace BotKit.Hosting;

/// <summary>
/// Replies that a send hook already serialized during the turn (e.g. to measure them against a channel's size
/// limit), so <see cref="CloudAdapter"/> writes those bytes into an expectReplies response instead of serializing
/// the same activities again: for a short turn, serializing its replies twice is a noticeable share of its work.
/// Remember an activity only in its final form: a hook that changes an activity after it was remembered must
/// <see cref="Forget"/> it, or the caller gets the earlier form.
/// The copies are rented from the shared pool and go back once the response is written: they were the largest single
/// thing a FAQ turn allocated (about a tenth of it), and each allocation brings the next collection closer.
/// </summary>
public static class SerializedReplies
{
    private const string TurnStateKey = "BotKit.SerializedReplies";

    /// <summary>Whether the adapter answers this turn's replies in the HTTP response, the one place the bytes are used.</summary>
    public static bool AreWanted(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return string.Equals(turnContext.Activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.Ordinal);
    }

    /// <summary>Keeps a copy of <paramref name="utf8Json"/>, the activity serialized with <see cref="BotJson.Options"/>.</summary>
    public static void Remember(ITurnContext turnContext, Activity activity, ReadOnlySpan<byte> utf8Json)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!AreWanted(turnContext))
        {
            return;
        }

        if (turnContext.TurnState.Get<Dictionary<Activity, Copy>>(TurnStateKey) is not { } remembered)
        {
            turnContext.TurnState[TurnStateKey] = remembered = new Dictionary<Activity, Copy>(ReferenceEqualityComparer.Instance);
        }

        var bytes = ArrayPool<byte>.Shared.Rent(utf8Json.Length);
        utf8Json.CopyTo(bytes);
        if (remembered.Remove(activity, out var earlier))
        {
            earlier.Return();
        }

        remembered[activity] = new Copy(bytes, utf8Json.Length);
    }

    public static void Forget(ITurnContext turnContext, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activity);
        if (turnContext.TurnState.Get<Dictionary<Activity, Copy>>(TurnStateKey)?.Remove(activity, out var copy) == true)
        {
            copy.Return();
        }
    }

    /// <summary>
    /// The remembered bytes of every one of <paramref name="activities"/>, or false when any is missing. They stay
    /// valid until <see cref="Release"/>.
    /// </summary>
    internal static bool TryGetAll(ITurnContext turnContext, IReadOnlyList<Activity> activities, out ReadOnlyMemory<byte>[] utf8Json)
    {
        utf8Json = [];
        if (turnContext.TurnState.Get<Dictionary<Activity, Copy>>(TurnStateKey) is not { } remembered)
        {
            return false;
        }

        var found = new ReadOnlyMemory<byte>[activities.Count];
        for (var i = 0; i < activities.Count; i++)
        {
            if (!remembered.TryGetValue(activities[i], out var copy))
            {
                return false;
            }

            found[i] = copy.Bytes;
        }

        utf8Json = found;
        return true;
    }

    /// <summary>Gives the turn's copies back to the pool; nothing may read what <see cref="TryGetAll"/> returned after this.</summary>
    internal static void Release(ITurnContext turnContext)
    {
        if (turnContext.TurnState.Get<Dictionary<Activity, Copy>>(TurnStateKey) is not { } remembered)
        {
            return;
        }

        turnContext.TurnState.Remove(TurnStateKey);
        foreach (var copy in remembered.Values)
        {
            copy.Return();
        }
    }

    private readonly record struct Copy(byte[] Rented, int Length)
    {
        public ReadOnlyMemory<byte> Bytes => Rented.AsMemory(0, Length);

        public void Return() => ArrayPool<byte>.Shared.Return(Rented);
    }
}
