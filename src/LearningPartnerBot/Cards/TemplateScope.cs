using System.Text.Json.Nodes;

namespace LearningPartnerBot.Cards;

/// <summary>What a binding can see: the current <c>$data</c>, the whole data (<c>$root</c>) and, inside a repeat, <c>$index</c>.</summary>
internal sealed record TemplateScope(JsonNode? Data, JsonNode? Root, int? Index)
{
    public TemplateScope Enter(JsonNode? data, int? index = null) => this with { Data = data, Index = index ?? Index };
}
