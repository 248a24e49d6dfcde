namespace LearningPartnerBot.Channels.Teams.Package;

/// <summary>
/// The app's two icons as Teams asks for them: a 192×192 full-colour icon and a 32×32 outline icon that is white on
/// a transparent background. Both show the same mark: a ring with a dot, the "learning target".
/// </summary>
public static class AppIcons
{
    public const string ColorFileName = "color.png";
    public const string OutlineFileName = "outline.png";
    public const int ColorSize = 192;
    public const int OutlineSize = 32;

    /// <summary>The accent colour behind the colour icon, also the manifest's accentColor.</summary>
    public const string AccentColor = "#0F6CBD";

    private const uint Accent = 0x0F6CBDFF;
    private const uint White = 0xFFFFFFFF;
    private const uint Transparent = 0x00000000;

    public static byte[] Color() => PngImage.Encode(ColorSize, ColorSize, (x, y) => IsMark(x, y, ColorSize, markScale: 0.6) ? White : Accent);

    public static byte[] Outline() => PngImage.Encode(OutlineSize, OutlineSize, (x, y) => IsMark(x, y, OutlineSize, markScale: 0.9) ? White : Transparent);

    /// <summary>Whether pixel (x, y) belongs to the ring-and-dot mark drawn over <paramref name="markScale"/> of the icon.</summary>
    private static bool IsMark(int x, int y, int size, double markScale)
    {
        var radius = size * markScale / 2;
        var dx = x + 0.5 - size / 2.0;
        var dy = y + 0.5 - size / 2.0;
        var distance = Math.Sqrt(dx * dx + dy * dy) / radius;
        return distance is <= 1.0 and >= 0.72 || distance <= 0.32;
    }
}
