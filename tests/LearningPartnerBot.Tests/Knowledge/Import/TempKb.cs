namespace LearningPartnerBot.Tests.Knowledge.Import;

/// <summary>A throw-away kb folder with a topics/ subfolder, removed after the test.</summary>
internal sealed class TempKb : IDisposable
{
    public TempKb()
    {
        Directory = Path.Combine(Path.GetTempPath(), "kb-import-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Path.Combine(Directory, "topics"));
    }

    public string Directory { get; }

    public string Topic(string id) => Path.Combine(Directory, "topics", id + ".yaml");

    public string Imported(string name) => Path.Combine(Directory, "imported", name);

    public string WriteTopic(string id, string yaml)
    {
        File.WriteAllText(Topic(id), yaml);
        return Topic(id);
    }

    /// <summary>A copy of a fixture article with one English text replaced, as if the article had been edited.</summary>
    public string EditedArticle(string fixture, string oldEnglish, string newEnglish)
    {
        var text = Fixture.Text(fixture);
        Assert.Contains(oldEnglish, text, StringComparison.Ordinal);
        var path = Path.Combine(Directory, "edited-" + fixture);
        File.WriteAllText(path, text.Replace(oldEnglish, newEnglish, StringComparison.Ordinal));
        return path;
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
