namespace LearningPartnerBot.Staff.Api;

/// <summary>Collects every problem in a request body, keyed by JSON path, so a caller can fix them all in one go.</summary>
internal sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    /// <summary>Every message, for callers that show errors on a page rather than in a problem response.</summary>
    public IEnumerable<string> Messages => _errors.Values.SelectMany(messages => messages);

    public void Add(string path, string message)
    {
        if (!_errors.TryGetValue(path, out var messages))
        {
            _errors[path] = messages = [];
        }

        messages.Add(message);
    }

    /// <summary>A 400 ValidationProblem listing every error.</summary>
    public IResult ToResult(string title) =>
        TypedResults.ValidationProblem(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()), title: title);
}
