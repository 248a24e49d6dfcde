using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;

namespace LearningPartnerBot.Cards;

/// <summary>
/// The card templates shipped inside the assembly (repository folder <c>cards/</c>, embedded as <c>cards.&lt;name&gt;.json</c>),
/// loaded by name once and then served from memory.
/// </summary>
public sealed class CardLibrary
{
    private const string ResourcePrefix = "cards.";
    private const string ResourceSuffix = ".json";

    private readonly Assembly _assembly;
    private readonly ConcurrentDictionary<string, CardTemplate> _templates = new(StringComparer.Ordinal);

    public CardLibrary()
        : this(typeof(CardLibrary).Assembly)
    {
    }

    public CardLibrary(Assembly assembly) => _assembly = assembly ?? throw new ArgumentNullException(nameof(assembly));

    /// <summary>Names of every embedded card, e.g. "welcome".</summary>
    public IReadOnlyList<string> Names =>
    [
        .. _assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(ResourceSuffix, StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..^ResourceSuffix.Length])
            .Order(StringComparer.Ordinal),
    ];

    /// <exception cref="KeyNotFoundException">No card of that name is embedded.</exception>
    public CardTemplate Get(string name) => _templates.GetOrAdd(name, Load);

    private CardTemplate Load(string name)
    {
        var resourceName = ResourcePrefix + name + ResourceSuffix;
        using var stream = _assembly.GetManifestResourceStream(resourceName)
            ?? throw new KeyNotFoundException(
                $"Card '{name}' not found: no embedded resource '{resourceName}'. Add cards/{name}{ResourceSuffix} to the repository.");
        using var document = JsonDocument.Parse(stream);
        return new CardTemplate(name, document.RootElement);
    }
}
