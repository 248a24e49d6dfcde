using System.Text.RegularExpressions;
using BotKit.Hosting;
using BotKit.Schema;

namespace LearningPartnerBot.Channels.Teams;

/// <summary>
/// In a Teams channel or group chat the bot only hears messages that @mention it, and Teams sends the mention inside
/// the text: <c>&lt;at&gt;Learning Partner&lt;/at&gt; what is the learning action pack?</c>. Before the bot reads a
/// message, this removes its own mention (by the mention entity naming the bot, wherever it stands and whatever name the
/// member's client showed), keeps other people's mentions as their plain names, and trims what is left, so the
/// question is understood (and kept for staff) as the partner meant it.
/// </summary>
public sealed partial class TeamsMentionMiddleware : BotKit.Hosting.IMiddleware
{
    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turnContext.Activity;
        if (activity.ChannelId == BotKit.Schema.Channels.Msteams && activity.IsType(ActivityTypes.Message) && !string.IsNullOrEmpty(activity.Text))
        {
            activity.Text = Normalize(activity);
        }

        return next(cancellationToken);
    }

    /// <summary>The message's text without the bot's mention, other mentions as plain names, single-spaced where a mention was.</summary>
    public static string Normalize(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.RemoveRecipientMention() ?? string.Empty;

        // Teams writes every mention as <at>name</at>; the name alone reads naturally ("ask Ayşe about it").
        if (text.Contains("<at", StringComparison.OrdinalIgnoreCase))
        {
            text = AtTag().Replace(text, match => match.Groups["name"].Value);
        }

        // A mention taken out of the middle leaves two spaces behind, one taken from the end a space before the "?".
        text = ExtraSpaces().Replace(text, " ");
        return SpaceBeforePunctuation().Replace(text, "$1").Trim();
    }

    [GeneratedRegex(@"<at(?:\s[^>]*)?>(?<name>.*?)</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AtTag();

    [GeneratedRegex(@"[ \t]{2,}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ExtraSpaces();

    [GeneratedRegex(@"[ \t]+([?!.,;:])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SpaceBeforePunctuation();
}
