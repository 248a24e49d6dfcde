using BotKit.Hosting;
using BotKit.Schema;

namespace BotKit.Testing;

/// <summary>
/// Writes each turn as readable lines ("user: …", "bot: …") to any sink, such as xunit's ITestOutputHelper.WriteLine,
/// so a failing conversation test shows the whole dialogue.
/// </summary>
public sealed class TranscriptLoggerMiddleware(Action<string> writeLine) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        writeLine($"{turnContext.Activity.From?.Role ?? "user"}: {Describe(turnContext.Activity)}");
        turnContext.OnSendActivities(async (ctx, activities, sendNext) =>
        {
            foreach (var activity in activities)
            {
                writeLine($"bot: {Describe(activity)}");
            }

            return await sendNext();
        });
        await next(cancellationToken);
    }

    private static string Describe(Activity activity)
    {
        var parts = new List<string>();
        if (!activity.IsType(ActivityTypes.Message))
        {
            parts.Add($"[{activity.Type}{(activity.Name is null ? string.Empty : " " + activity.Name)}]");
        }

        if (!string.IsNullOrEmpty(activity.Text))
        {
            parts.Add(activity.Text);
        }

        if (activity.Value is not null)
        {
            parts.Add("value=" + BotJson.Serialize(activity.Value));
        }

        foreach (var attachment in activity.Attachments ?? [])
        {
            parts.Add($"[attachment {attachment.ContentType}]");
        }

        if (activity.SuggestedActions is { Actions.Count: > 0 } suggested)
        {
            parts.Add("[" + string.Join(" | ", suggested.Actions.Select(a => a.Title)) + "]");
        }

        return string.Join(' ', parts);
    }
}
