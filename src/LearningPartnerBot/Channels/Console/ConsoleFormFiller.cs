using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LearningPartnerBot.Localization;

namespace LearningPartnerBot.Channels.Console;

/// <summary>
/// Asks a card's input fields one at a time on the terminal. Answers are strings, as Teams and Web Chat
/// submit them, so the bot sees the same value shape here as in production. The card's own checks (regex, min/max)
/// stop an answer here with the card's errorMessage, as Teams and Web Chat do before a card is sent; a message the
/// bot put under a field is shown beside its question, with the value it refused offered to keep or correct.
/// </summary>
internal sealed class ConsoleFormFiller(TextReader input, TextWriter output, BotStrings strings)
{
    /// <summary>The answers by input id, or null when the input ended before the form was complete.</summary>
    public async Task<JsonObject?> FillAsync(IReadOnlyList<CardInputField> fields, CancellationToken cancellationToken)
    {
        var answers = new JsonObject();
        foreach (var field in fields)
        {
            var answer = await AskAsync(field, cancellationToken);
            if (answer is null)
            {
                return null;
            }

            answers[field.Id] = answer;
        }

        return answers;
    }

    private async Task<string?> AskAsync(CardInputField field, CancellationToken cancellationToken)
    {
        await WriteQuestionAsync(field);
        while (true)
        {
            await output.WriteAsync("> ");
            var line = await input.ReadLineAsync(cancellationToken);
            if (line is null)
            {
                return null;
            }

            line = line.Trim();
            if (line.Length == 0)
            {
                if (field.DefaultValue is { } kept && (kept.Length > 0 || !field.IsRequired))
                {
                    if (CardCheck(field, kept) is { } keptProblem)
                    {
                        await output.WriteLineAsync(keptProblem);
                        continue;
                    }

                    return kept;
                }

                if (!field.IsRequired)
                {
                    return field.DefaultValue ?? EmptyAnswer(field);
                }

                await output.WriteLineAsync(strings.ConsoleRequiredAnswer);
                continue;
            }

            var (answer, problem) = Parse(field, line);
            problem ??= CardCheck(field, answer!);
            if (problem is null)
            {
                return answer;
            }

            await output.WriteLineAsync(problem);
        }
    }

    private async Task WriteQuestionAsync(CardInputField field)
    {
        var question = field.Question;
        if (field.IsRequired)
        {
            question += " " + strings.ConsoleRequired;
        }

        if (field.Type == CardInputField.Toggle)
        {
            question += $" ({strings.ConsoleYes}/{strings.ConsoleNo})";
        }

        if (field.Type == CardInputField.ChoiceSet && field.IsMultiSelect)
        {
            question += $" ({strings.ConsoleMultiSelectHint})";
        }

        if (field.DefaultValue is { Length: > 0 } defaultValue)
        {
            question += $" [{strings.ConsoleDefault(DisplayDefault(field, defaultValue))}]";
        }

        await output.WriteLineAsync(question);
        if (field.Problem is { Length: > 0 } problem)
        {
            await output.WriteLineAsync("  ! " + problem);
        }

        for (var i = 0; i < field.Choices.Count; i++)
        {
            await output.WriteLineAsync($"  {i + 1}. {field.Choices[i].Title}");
        }
    }

    private (string? Answer, string? Problem) Parse(CardInputField field, string line) => field.Type switch
    {
        CardInputField.Number => double.TryParse(line, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            || double.TryParse(line, NumberStyles.Float, strings.Culture, out _)
            ? (NormalizeNumber(line), null)
            : (null, strings.ConsoleInvalidNumber),
        CardInputField.Date => DateOnly.TryParseExact(line, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? (line, null)
            : (null, strings.ConsoleInvalidDate),
        CardInputField.Toggle => ParseYesNo(field, line),
        CardInputField.ChoiceSet => ParseChoices(field, line),
        _ => (line, null),
    };

    private string NormalizeNumber(string line) =>
        double.TryParse(line, NumberStyles.Float, CultureInfo.InvariantCulture, out var invariant)
            ? invariant.ToString(CultureInfo.InvariantCulture)
            : double.Parse(line, NumberStyles.Float, strings.Culture).ToString(CultureInfo.InvariantCulture);

    private (string?, string?) ParseYesNo(CardInputField field, string line)
    {
        if (Matches(line, strings.ConsoleYes) || line is "1" || line.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            return (field.ValueOn, null);
        }

        if (Matches(line, strings.ConsoleNo) || line is "0" || line.Equals("false", StringComparison.OrdinalIgnoreCase))
        {
            return (field.ValueOff, null);
        }

        return (null, strings.ConsoleInvalidYesNo);
    }

    /// <summary>The whole word or its first letter ("j" for "ja", "h" for "hayır").</summary>
    private bool Matches(string line, string word) =>
        SameText(line, word) || (line.Length == 1 && strings.Culture.CompareInfo.IsPrefix(word, line, CompareOptions.IgnoreCase));

    /// <summary>Case-insensitive in the partner's language, so Turkish "HAYIR" matches "hayır".</summary>
    private bool SameText(string a, string b) => strings.Culture.CompareInfo.Compare(a, b, CompareOptions.IgnoreCase) == 0;

    private (string?, string?) ParseChoices(CardInputField field, string line)
    {
        var picks = field.IsMultiSelect ? line.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [line];
        var values = new List<string>();
        foreach (var pick in picks)
        {
            var choice = int.TryParse(pick, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= field.Choices.Count
                ? field.Choices[number - 1]
                : field.Choices.FirstOrDefault(c => SameText(c.Title, pick) || c.Value.Equals(pick, StringComparison.OrdinalIgnoreCase));
            if (choice is null)
            {
                return (null, strings.ConsoleInvalidChoice);
            }

            values.Add(choice.Value);
        }

        return (string.Join(',', values), null);
    }

    /// <summary>
    /// The card's errorMessage when <paramref name="answer"/> breaks the card's regex or range, else null. A length
    /// limit is left to the bot, which names it; Teams and Web Chat enforce it by not taking more keystrokes.
    /// </summary>
    private static string? CardCheck(CardInputField field, string answer)
    {
        var refused = field.Type switch
        {
            CardInputField.Text => field.Pattern is { } pattern && !MatchesPattern(pattern, answer),
            CardInputField.Number => double.TryParse(answer, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                && (number < field.Min || number > field.Max),
            _ => false,
        };
        return refused ? field.ErrorMessage ?? field.Problem ?? string.Empty : null;
    }

    /// <summary>JavaScript's reading of the pattern, as the card's renderer uses; a pattern .NET cannot read checks nothing, as the bot checks anyway.</summary>
    private static bool MatchesPattern(string pattern, string answer)
    {
        try
        {
            return Regex.IsMatch(answer, pattern, RegexOptions.ECMAScript, TimeSpan.FromMilliseconds(100));
        }
        catch (Exception ex) when (ex is ArgumentException or RegexMatchTimeoutException)
        {
            return true;
        }
    }

    private static string EmptyAnswer(CardInputField field) => field.Type == CardInputField.Toggle ? field.ValueOff : string.Empty;

    private string DisplayDefault(CardInputField field, string value) => field.Type switch
    {
        CardInputField.ChoiceSet => string.Join(", ", value.Split(',').Select(v => field.Choices.FirstOrDefault(c => c.Value == v)?.Title ?? v)),
        CardInputField.Toggle => value == field.ValueOn ? strings.ConsoleYes : strings.ConsoleNo,
        _ => value,
    };
}
