namespace LearningPartnerBot.Channels.Teams.Package;

/// <summary>
/// The app's two icons as Teams asks for them: a 192×192 full-colour icon and a 32×32 outline icon that is white on
/// a transparent background. Both show the same mark, a ring with a dot (the "learning target"). The PNG files sit
/// beside this class and ship inside the assembly, so `teams-package` works from any folder.
/// </summary>
public static class AppIcons
{
    public const string ColorFileName = "color.png";
    public const string OutlineFileName = "outline.png";
    public const int ColorSize = 192;
    public const int OutlineSize = 32;

    /// <summary>The accent colour behind the colour icon, also the manifest's accentColor.</summary>
    public const string AccentColor = "#0F6CBD";

    public static byte[] Color() => Read(ColorFileName);

    public static byte[] Outline() => Read(OutlineFileName);

    private static byte[] Read(string fileName)
    {
        using var stream = typeof(AppIcons).Assembly.GetManifestResourceStream("teams-icons." + fileName)
            ?? throw new InvalidOperationException($"The Teams icon {fileName} is not embedded in the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
