namespace LearningPartnerBot.Requests;

/// <summary>
/// An open form as the partner left it: which instance of the form it is, what they typed, the message beside each
/// field the server refused, and what the card shows of who is filing (<see cref="Requester.ShownOnCards"/>). This,
/// not the rendered card, is what a conversation's state keeps while a form waits: every turn with a form open loads
/// and saves the state, and a card is many times the size of what was typed.
/// </summary>
public sealed record FormDraft(string Instance, IReadOnlyDictionary<string, string> Values, IReadOnlyDictionary<string, string> Errors, Requester? ShownFor) : IPromptDraft;

/// <summary>
/// A request checked and waiting on "send this?": the form instance, the payload and partner Send files (as JSON),
/// and what the card shows of who is filing.
/// </summary>
public sealed record ConfirmDraft(string Instance, string Payload, string Partner, Requester? ShownFor) : IPromptDraft;
