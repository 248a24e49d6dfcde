namespace LearningPartnerBot.Requests;

/// <summary>
/// The outcome of checking a submitted form: the payload when every field is valid, otherwise a localized error
/// per field, and in both cases every value as the partner typed it, which the re-sent form shows again so nothing is
/// retyped: a rejected value comes back beside its message, to be corrected rather than typed from scratch.
/// </summary>
public sealed record FormCheck<TPayload>(TPayload? Payload, IReadOnlyDictionary<string, string> Errors, IReadOnlyDictionary<string, string> Kept)
    where TPayload : class
{
    public bool IsValid => Payload is not null;
}

/// <summary>Collects errors and kept values field by field while a form is checked.</summary>
internal sealed class FormCheckBuilder(IReadOnlyDictionary<string, string> submitted)
{
    private readonly Dictionary<string, string> _errors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _kept = new(StringComparer.Ordinal);

    public bool HasErrors => _errors.Count > 0;

    public string Raw(string field) => submitted.TryGetValue(field, out var value) ? value.Trim() : string.Empty;

    /// <summary>Records the field's verdict, a message marking it invalid; either way the value is kept as typed.</summary>
    public void Field(string field, string? error)
    {
        if (Raw(field).Length > 0)
        {
            _kept[field] = Raw(field);
        }

        if (error is not null)
        {
            _errors[field] = error;
        }
    }

    public FormCheck<TPayload> Result<TPayload>(Func<TPayload> payload)
        where TPayload : class =>
        new(HasErrors ? null : payload(), _errors, _kept);
}
