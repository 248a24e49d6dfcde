using Microsoft.Data.Sqlite;

namespace TestSupport.Databases;

/// <summary>Removes a stopped bot host's throwaway data folder (its SQLite files, the development staff key).</summary>
public static class DataFolder
{
    private const int Attempts = 20;

    /// <summary>
    /// Deletes the folder and everything in it. A file can still appear in it for a moment after the host has
    /// stopped (CI once failed with "Directory not empty" between the listing and the rmdir, while SQLite was closing
    /// the pooled connections), so a failed attempt is retried for about two seconds. Anything still there after
    /// that is a real leak, and the error names the files.
    /// </summary>
    public static void Delete(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        SqliteConnection.ClearAllPools();
        for (var attempt = 1; ; attempt++)
        {
            if (!Directory.Exists(path))
            {
                return;
            }

            try
            {
                Directory.Delete(path, recursive: true);
                return;
            }
            catch (IOException) when (attempt < Attempts)
            {
                Thread.Sleep(100);
            }
            catch (IOException e)
            {
                var left = Directory.Exists(path) ? string.Join(", ", Directory.EnumerateFileSystemEntries(path, "*", SearchOption.AllDirectories)) : "nothing";
                throw new IOException($"{path} could not be removed after {Attempts} attempts; still there: {left}", e);
            }
        }
    }
}
