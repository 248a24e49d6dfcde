namespace LearningPartnerBot.Knowledge.Text;

/// <summary>
/// Splits closed Dutch compounds ("leeroptie", "competentievereisten") into known domain parts, so a question
/// that says "opties voor leren" still meets an answer that says "leeroptie". Only words made entirely of
/// known parts are split: a general-purpose splitter would cut "mapping" into "map" + "ping".
/// </summary>
internal static class DutchCompounds
{
    private const int MinimumPartLength = 3;
    private const int MaximumWordLength = 40;
    private const int MaximumParts = 5;

    // Base forms, ASCII-folded. Plurals and other inflections of the LAST part are recognized through the stemmer.
    private static readonly string[] Parts =
    [
        "leer", "optie", "partner", "competentie", "vereiste", "vereisten", "eis", "inschrijving", "programma",
        "dashboard", "kpi", "kip", "factuur", "bevestiging", "verlenging", "pakket", "cursus", "materiaal", "map",
        "mappen", "vermelding", "ondersteuning", "jubileum", "datum", "actie", "bedrijf", "toepassing", "plan",
        "zilver", "goud", "examen", "trainer", "training", "certificaat", "certificering", "certificatie",
        "centrum", "aanvraag", "gegevens", "lijst", "formulier", "termijn", "periode", "jaar", "status",
        "account", "beheer", "beheerder", "profiel", "gids", "directory", "aanmelding", "registratie", "klant",
        "omzet", "prestatie", "indicator", "rapport", "rapportage", "uur", "pagina", "niveau", "lidmaatschap",
        "contract", "betaling", "kosten", "prijs", "voordeel", "doel", "opleiding", "opleider", "student",
        "cursist", "les", "dag", "maand", "licentie", "software", "portal", "portaal", "aanbod", "team", "email",
        "adres", "naam", "code", "nummer", "vernieuwing", "overzicht", "melding", "verzoek", "ticket", "bewijs",
        "document", "bestand", "website", "microsoft", "learning", "support", "aanbieder", "instituut", "toets",
        "score", "tijd", "duur", "punt", "specialisatie", "vaardigheid", "kennis", "partnerschap", "ervaring",
        "overeenkomst", "wachtwoord",
    ];

    private static readonly HashSet<string> PartSet = new(Parts, StringComparer.Ordinal);
    private static readonly HashSet<string> PartStems = new(Parts.Select(DutchStemmer.Stem), StringComparer.Ordinal);
    private static readonly int LongestPart = Parts.Max(part => part.Length);

    // Dutch joins parts with a linking -s- or -en- ("bedrijfsplan", "klantenportaal").
    private static readonly string[] Linkers = ["s", "en"];

    /// <summary>The parts of a folded, unstemmed word, or null when it is not a compound of known parts.</summary>
    public static IReadOnlyList<string>? Split(string word)
    {
        if (word.Length < 2 * MinimumPartLength || word.Length > MaximumWordLength || IsKnownPart(word))
            return null;
        var parts = new List<string>();
        return SplitFrom(word, 0, parts) && parts.Count >= 2 ? parts : null;
    }

    private static bool IsKnownPart(string word) => PartSet.Contains(word) || PartStems.Contains(DutchStemmer.Stem(word));

    /// <summary>Greedy longest match with backtracking; the last part may carry an inflection ("opties").</summary>
    private static bool SplitFrom(string word, int start, List<string> parts)
    {
        if (parts.Count >= MaximumParts)
            return false;
        var remaining = word.Length - start;
        for (var length = Math.Min(LongestPart, remaining - MinimumPartLength); length >= MinimumPartLength; length--)
        {
            var candidate = word.Substring(start, length);
            if (!PartSet.Contains(candidate))
                continue;
            parts.Add(candidate);
            if (SplitFrom(word, start + length, parts))
                return true;
            foreach (var linker in Linkers)
            {
                if (string.CompareOrdinal(word, start + length, linker, 0, linker.Length) == 0
                    && SplitFrom(word, start + length + linker.Length, parts))
                    return true;
            }

            parts.RemoveAt(parts.Count - 1);
        }

        if (remaining < MinimumPartLength || !IsKnownPart(word[start..]))
            return false;
        parts.Add(word[start..]);
        return true;
    }
}
