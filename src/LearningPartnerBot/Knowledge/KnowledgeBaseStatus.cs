namespace LearningPartnerBot.Knowledge;

/// <summary>
/// Whether the knowledge base is loaded, indexed and its tables migrated; until then the instance answers /readyz
/// with 503, so a load balancer sends no partner a question this instance cannot answer yet.
/// </summary>
public sealed class KnowledgeBaseStatus
{
    private volatile bool _loaded;

    public bool IsLoaded => _loaded;

    public int Topics { get; private set; }

    public void MarkLoaded(int topics)
    {
        Topics = topics;
        _loaded = true;
    }
}
