namespace LearningPartnerBot.Benchmarks;

/// <summary>A fixed mix of partner questions: answerable, typo'd, ASCII-only Turkish, and out of domain.</summary>
internal static class Questions
{
    public static IReadOnlyList<(string Language, string Question)> All { get; } =
    [
        ("en", "What do I need to qualify for the Learning Action Pack?"),
        ("en", "Why don't we show up in the Learning Partner directory?"),
        ("en", "competancy extension covid"),
        ("en", "What's the weather like in Amsterdam tomorrow?"),
        ("nl", "Wat zijn de vereisten voor de silver-competentie leeroptie?"),
        ("nl", "Welke gegevens heeft support nodig bij een KPI-afwijking?"),
        ("nl", "Hoe reset ik het wachtwoord van mijn Xbox-account?"),
        ("tr", "Öğrenme Eylem Paketi için ne gerekiyor?"),
        ("tr", "sirketimiz dizinde gorunmuyor"),
        ("tr", "Azure aboneliğimi nasıl iptal ederim?"),
    ];
}
