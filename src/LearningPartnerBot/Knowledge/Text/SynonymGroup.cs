namespace LearningPartnerBot.Knowledge.Text;

/// <summary>
/// Words and phrases that mean the same in one language. <see cref="Canonical"/> is the single search term
/// that replaces any of them; <see cref="Line"/> points at the group in its file for error messages.
/// </summary>
public sealed record SynonymGroup(string Canonical, IReadOnlyList<string> Members, int Line);
