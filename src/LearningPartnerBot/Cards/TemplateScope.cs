using System.Text.Json;

namespace LearningPartnerBot.Cards;

/// <summary>
/// What a binding can see: the current <c>$data</c>, the whole data (<c>$root</c>) and, inside a repeat, <c>$index</c>.
/// A value that is not there is a default (undefined) element.
/// </summary>
internal readonly record struct TemplateScope(JsonElement Data, JsonElement Root, int? Index)
{
    public TemplateScope Enter(JsonElement data, int? index = null) => this with { Data = data, Index = index ?? Index };
}
