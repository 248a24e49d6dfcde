using System.Collections.Concurrent;

namespace TestSupport;

/// <summary>
/// The official schemas embedded in this assembly: "adaptive-card-1.5.json" (validate whole cards against the
/// root) and "teams-manifest-1.29.schema.json" (validate manifest.json against the root).
/// </summary>
public static class Schemas
{
    private static readonly ConcurrentDictionary<string, Lazy<SchemaValidator>> Validators = new(StringComparer.Ordinal);

    /// <summary>A validator for the named schema, parsed once per test run.</summary>
    public static SchemaValidator Load(string fileName) =>
        Validators.GetOrAdd(fileName, name => new Lazy<SchemaValidator>(() => SchemaValidator.Load(ReadText(name)))).Value;

    public static string ReadText(string fileName)
    {
        var assembly = typeof(Schemas).Assembly;
        using var stream = assembly.GetManifestResourceStream("TestSupport.Schemas." + fileName)
            ?? throw new ArgumentException($"No embedded schema '{fileName}'. Embedded: {string.Join(", ", assembly.GetManifestResourceNames())}", nameof(fileName));
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
