namespace TestSupport;

/// <summary>The outcome of validating one JSON instance; each error reads "{instance pointer}: {keyword} {detail}".</summary>
public sealed record SchemaValidationResult(IReadOnlyList<string> Errors)
{
    public bool IsValid => Errors.Count == 0;

    /// <summary>All errors on separate lines, for assertion messages.</summary>
    public override string ToString() => IsValid ? "valid" : string.Join(Environment.NewLine, Errors);
}
