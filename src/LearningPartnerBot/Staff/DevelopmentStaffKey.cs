using System.Buffers.Text;
using System.Security.Cryptography;

namespace LearningPartnerBot.Staff;

/// <summary>
/// A staff key for a developer's machine, so the staff API works after a plain `dotnet run` without anyone having
/// to invent and configure a key. It is kept in the data folder and reused across runs, so scripts keep working.
/// </summary>
internal static class DevelopmentStaffKey
{
    public const string FileName = "staff-api-key.txt";

    /// <summary>Reads the key file in <paramref name="dataDirectory"/>, creating it with a fresh random key when missing or empty.</summary>
    public static string ReadOrCreate(string dataDirectory, out string path)
    {
        Directory.CreateDirectory(dataDirectory);
        path = Path.Combine(dataDirectory, FileName);
        if (File.Exists(path))
        {
            var existing = File.ReadAllText(path).Trim();
            if (existing.Length > 0)
            {
                return existing;
            }
        }

        var key = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

        // The key grants write access to partner data: other accounts on the machine must not read it, not even in
        // the moment between creating the file and restricting it, so it is created owner-only.
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(path, options))
        {
            writer.WriteLine(key);
        }

        if (!OperatingSystem.IsWindows())
        {
            // UnixCreateMode applies only to a file this call created; an empty file left behind keeps its mode otherwise.
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return key;
    }
}
