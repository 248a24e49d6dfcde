using BotKit.Schema;

namespace BotKit.Hosting;

/// <summary>
/// Replies that a send hook already serialized during the turn (e.g. to measure them against a channel's size
/// limit), so <see cref="CloudAdapter"/> writes those bytes into an expectReplies response instead of serializing
/// the same activities again: for a short turn, serializing its replies twice is a noticeable share of its work.
/// Remember an activity only in its final form: a hook that changes an activity after it was remembered must
/// <see cref="Forget"/> it, or the caller gets the earlier form.
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

        if (turnContext.TurnState.Get<Dictionary<Activity, byte[]>>(TurnStateKey) is not { } remembered)
        {
            turnContext.TurnState[TurnStateKey] = remembered = new Dictionary<Activity, byte[]>(ReferenceEqualityComparer.Instance);
        }

        remembered[activity] = utf8Json.ToArray();
    }

    public static void Forget(ITurnContext turnContext, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activity);
        turnContext.TurnState.Get<Dictionary<Activity, byte[]>>(TurnStateKey)?.Remove(activity);
    }

    /// <summary>The remembered bytes of every one of <paramref name="activities"/>, or false when any is missing.</summary>
    internal static bool TryGetAll(ITurnContext turnContext, IReadOnlyList<Activity> activities, out byte[][] utf8Json)
    {
        utf8Json = [];
        if (turnContext.TurnState.Get<Dictionary<Activity, byte[]>>(TurnStateKey) is not { } remembered)
        {
            return false;
        }

        var found = new byte[activities.Count][];
        for (var i = 0; i < activities.Count; i++)
        {
            if (!remembered.TryGetValue(activities[i], out var bytes))
            {
                return false;
            }

            found[i] = bytes;
        }

        utf8Json = found;
        return true;
    }
}
