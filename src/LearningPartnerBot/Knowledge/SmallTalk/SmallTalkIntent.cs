namespace LearningPartnerBot.Knowledge.SmallTalk;

/// <summary>The conversational moves the bot answers itself, without searching the FAQ.</summary>
public enum SmallTalkIntent
{
    None,
    Greeting,
    Thanks,
    Help,
    Capabilities,
    Goodbye,
}
