using System.CommandLine;
using LearningPartnerBot.Knowledge.Text;

namespace LearningPartnerBot.Conversation.Phrasings;

/// <summary>
/// <c>intent "message"</c>: which line of <c>kb/intents</c> reads a typed message as a command (cancel, help, a
/// journey…), for a content owner tracing why a message did or did not steer the bot. A message no line reads goes
/// to the FAQ, which <c>kb explain</c> traces.
/// </summary>
public static class IntentCommand
{
    public static Command Create(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var message = new Argument<string>("message") { Description = "A message as a partner would type it." };
        var command = new Command("intent", "Show which phrasing line (kb/intents) reads a message as a command.") { message };
        command.SetAction((result, _) =>
        {
            var reading = PhrasingTable.Shipped.Explain(TextFolding.Words(result.GetValue(message)!));
            output.WriteLine(reading ?? "No phrasing line reads this as a command: the bot answers it as an FAQ question (see kb explain).");
            return Task.FromResult(0);
        });
        return command;
    }
}
