using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace LearningPartnerBot.Channels.DirectLine;

/// <summary>The conversations of this process, in memory and bounded: the playground needs no database for them.</summary>
public sealed class DirectLineConversationStore(IOptions<DirectLineOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly Lock _createLock = new();

    public DirectLineConversation Create()
    {
        var conversation = new DirectLineConversation(Guid.NewGuid().ToString("N"), options.Value.MaxActivitiesPerConversation)
        {
            LastUsed = clock.GetUtcNow(),
        };
        lock (_createLock)
        {
            while (_conversations.Count >= options.Value.MaxConversations
                && _conversations.Values.MinBy(c => c.LastUsed) is { } idlest)
            {
                _conversations.TryRemove(idlest.Id, out _);
            }

            _conversations[conversation.Id] = conversation;
        }

        return conversation;
    }

    public DirectLineConversation? Find(string id)
    {
        if (!_conversations.TryGetValue(id, out var conversation))
        {
            return null;
        }

        conversation.LastUsed = clock.GetUtcNow();
        return conversation;
    }
}
