namespace BotKit.Schema;

public sealed partial class Activity
{
    private const string ClientInfoEntityType = "clientInfo";

    /// <summary>
    /// The locales this activity states, most authoritative first: <see cref="Locale"/>, then the clientInfo
    /// entity's locale (Teams puts the user's UI language there, and some events carry no activity locale).
    /// Callers take the first one they support, so every part of a turn answers in the same language.
    /// </summary>
    public IEnumerable<string> GetLocaleCandidates()
    {
        if (!string.IsNullOrWhiteSpace(Locale))
        {
            yield return Locale;
        }

        foreach (var entity in Entities ?? [])
        {
            if (entity is not null
                && string.Equals(entity.Type, ClientInfoEntityType, StringComparison.OrdinalIgnoreCase)
                && entity.GetString("locale") is { Length: > 0 } clientLocale)
            {
                yield return clientLocale;
            }
        }
    }
}
