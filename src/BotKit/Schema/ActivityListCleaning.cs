namespace BotKit.Schema;

/// <summary>
/// A JSON array may hold nulls ("attachments": [null]) that no channel sends on purpose. Left in, every reader of
/// such a list must guard against them, and one that does not turns the whole turn into an error; so an inbound
/// activity's lists lose their null items once, where it is read.
/// </summary>
public static class ActivityListCleaning
{
    public static void RemoveNullItems(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.MembersAdded?.RemoveAll(static item => item is null);
        activity.MembersRemoved?.RemoveAll(static item => item is null);
        activity.ReactionsAdded?.RemoveAll(static item => item is null);
        activity.ReactionsRemoved?.RemoveAll(static item => item is null);
        activity.Attachments?.RemoveAll(static item => item is null);
        activity.Entities?.RemoveAll(static item => item is null);
        activity.ListenFor?.RemoveAll(static item => item is null);
        activity.TextHighlights?.RemoveAll(static item => item is null);
    }
}
