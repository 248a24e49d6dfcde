namespace LearningPartnerBot.EndToEnd;

/// <summary>Where each test leaves its picture of the page, for CI to keep as an artifact.</summary>
public static class Screenshots
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public static string PathFor(string name) => Path.Combine(Folder, name + ".png");
}
