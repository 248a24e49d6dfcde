namespace BotKit.Schema;

public sealed partial class Activity
{
    /// <summary>The activity's mention entities, in the order they were sent; entities that cannot be read are skipped.</summary>
    public Mention[] GetMentions()
    {
        if (Entities is not { Count: > 0 } entities)
        {
            return [];
        }

        var mentions = new List<Mention>();
        foreach (var entity in entities)
        {
            // A JSON null in the entities array deserializes as a null element: no channel sends one, anyone can.
            if (entity is null || !string.Equals(entity.Type, Mention.EntityType, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // A malformed mention (Convert gives null) is not the bot's name; the text keeps it as typed.
            if (BotJson.Convert<Mention>(entity) is { } mention)
            {
                mentions.Add(mention);
            }
        }

        return [.. mentions];
    }

    /// <summary>
    /// Removes from <see cref="Text"/> every mention of <paramref name="id"/>, wherever it stands: the mention's own
    /// text, or <c>&lt;at&gt;name&lt;/at&gt;</c> when the entity carries no text. The result is trimmed, stored back in
    /// <see cref="Text"/> and returned. Matching is by the mentioned id, never by guessing a name, since Teams shows
    /// (and sends) whatever display name the mentioning member's client uses.
    /// </summary>
    public string? RemoveMentionText(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (string.IsNullOrEmpty(Text))
        {
            return Text;
        }

        var text = Text;
        foreach (var mention in GetMentions())
        {
            if (!string.Equals(mention.Mentioned?.Id, id, StringComparison.Ordinal))
            {
                continue;
            }

            var shown = !string.IsNullOrEmpty(mention.Text)
                ? mention.Text
                : mention.Mentioned?.Name is { Length: > 0 } name ? $"<at>{name}</at>" : null;
            if (shown is not null)
            {
                text = text.Replace(shown, string.Empty, StringComparison.OrdinalIgnoreCase);
            }
        }

        Text = text.Trim();
        return Text;
    }

    /// <summary>Removes the mentions of the bot (the recipient) from <see cref="Text"/>; see <see cref="RemoveMentionText"/>.</summary>
    public string? RemoveRecipientMention() =>
        Recipient?.Id is { Length: > 0 } id ? RemoveMentionText(id) : Text;
}
