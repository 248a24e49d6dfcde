namespace LearningPartnerBot.Load;

/// <summary>What the partners' traffic looks like: FAQ questions only, or every journey.</summary>
public enum Mix
{
    Faq,
    Full,
}

/// <summary>One run's settings, as given on the command line.</summary>
public sealed record LoadOptions(
    TimeSpan Duration,
    int Conversations,
    Mix Mix,
    long? Turns,
    TimeSpan Warmup,
    string BotDll,
    int Seed,
    double RepeatShare,
    int Slices)
{
    /// <summary>The bot's rate limiter lets one conversation of this many turns through in a burst.</summary>
    public const int TurnsPerConversation = 10;
}
