using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LearningPartnerBot.Channels.Teams.Package;

/// <summary>The zip Teams admins upload: manifest.json, its localization files and the two icons, all at the root.</summary>
public static class TeamsAppPackage
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,

        // Dutch and Turkish text stays readable in the files instead of \u escapes.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(TeamsPackageOptions options, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(destination);
        using var zip = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        AddJson(zip, TeamsManifest.FileName, TeamsManifest.Create(options));
        foreach (var (languageTag, fileName) in TeamsManifest.LocalizationFiles)
        {
            AddJson(zip, fileName, TeamsManifest.Localization(languageTag));
        }

        AddBytes(zip, AppIcons.ColorFileName, AppIcons.Color());
        AddBytes(zip, AppIcons.OutlineFileName, AppIcons.Outline());
    }

    private static void AddJson(ZipArchive zip, string name, JsonObject json) =>
        AddBytes(zip, name, JsonSerializer.SerializeToUtf8Bytes(json, Indented));

    private static void AddBytes(ZipArchive zip, string name, byte[] bytes)
    {
        using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        entry.Write(bytes);
    }
}
