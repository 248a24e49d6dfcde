namespace LearningPartnerBot.Eligibility.Advice;

/// <summary>Whether a next step is something to do or an explanation of part of the verdict.</summary>
public enum NextStepKind
{
    Action,
    Note,
}

public sealed record NextStep(NextStepKind Kind, string Text);

/// <summary>
/// A verdict's next steps in the article's order. The staff API lists them all; the chat card lists the actions and
/// shows what the notes explain (pending invoices, the COVID-19 extension, the upgrade discount) in places of its own.
/// </summary>
public sealed record NextSteps(IReadOnlyList<NextStep> InOrder)
{
    public IReadOnlyList<string> All => [.. InOrder.Select(step => step.Text)];

    public IReadOnlyList<string> Actions => Of(NextStepKind.Action);

    public IReadOnlyList<string> Notes => Of(NextStepKind.Note);

    private List<string> Of(NextStepKind kind) => [.. InOrder.Where(step => step.Kind == kind).Select(step => step.Text)];
}
