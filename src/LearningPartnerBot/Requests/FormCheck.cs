namespace LearningPartnerBot.Requests;

/// <summary>
/// The outcome of checking a submitted form: the payload when every field is valid, otherwise a localized error
/// per field, and in both cases the valid values, which the re-sent form shows again so nothing valid is retyped.
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

    /// <summary>Records the field's verdict: null keeps the submitted value, a message marks it invalid and clears it.</summary>
    public void Field(string field, string? error)
    {
        if (error is null)
        {
            if (Raw(field).Length > 0)
            {
                _kept[field] = Raw(field);
            }
        }
        else
        {
            _errors[field] = error;
            _kept.Remove(field);
        }
    }

    public FormCheck<TPayload> Result<TPayload>(Func<TPayload> payload)
        where TPayload : class =>
        new(HasErrors ? null : payload(), _errors, _kept);
}
