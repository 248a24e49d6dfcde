using System.Text;

namespace LearningPartnerBot.Eligibility.Api;

/// <summary>One CSV record: its number in the file (the header is row 1), its fields, and why it could not be read, if so.</summary>
public sealed record CsvRow(int Number, IReadOnlyList<string> Fields, string? Error)
{
    /// <summary>An empty line, e.g. the one a trailing newline leaves; it carries no data.</summary>
    public bool IsBlank => Fields.Count == 1 && Fields[0].Length == 0 && Error is null;
}

/// <summary>
/// Reads RFC 4180 CSV as spreadsheets export it: comma-separated, fields optionally in double quotes (which may hold
/// commas, line breaks and doubled quotes), CRLF or LF line ends. A malformed row is reported, not guessed at.
/// </summary>
public static class CsvReader
{
    public static IReadOnlyList<CsvRow> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rows = new List<CsvRow>();
        var position = text.StartsWith('\uFEFF') ? 1 : 0;
        while (position < text.Length)
        {
            var fields = new List<string>();
            string? error = null;
            while (true)
            {
                fields.Add(ReadField(text, ref position, ref error));
                if (position >= text.Length)
                {
                    break;
                }

                if (text[position] == ',')
                {
                    position++;
                    continue;
                }

                position += text[position] == '\r' && position + 1 < text.Length && text[position + 1] == '\n' ? 2 : 1;
                break;
            }

            rows.Add(new CsvRow(rows.Count + 1, fields, error));
        }

        return rows;
    }

    private static string ReadField(string text, ref int position, ref string? error)
    {
        if (position >= text.Length || text[position] != '"')
        {
            var start = position;
            while (position < text.Length && !IsDelimiter(text[position]))
            {
                position++;
            }

            return text[start..position];
        }

        var value = new StringBuilder();
        position++;
        while (true)
        {
            if (position >= text.Length)
            {
                error ??= "A quoted field is not closed: a closing double quote is missing.";
                return value.ToString();
            }

            if (text[position] != '"')
            {
                value.Append(text[position++]);
            }
            else if (position + 1 < text.Length && text[position + 1] == '"')
            {
                value.Append('"');
                position += 2;
            }
            else
            {
                position++;
                break;
            }
        }

        if (position < text.Length && !IsDelimiter(text[position]))
        {
            error ??= "Text follows a closing double quote; quotes inside a quoted field must be doubled (\"\").";
            while (position < text.Length && !IsDelimiter(text[position]))
            {
                position++;
            }
        }

        return value.ToString();
    }

    private static bool IsDelimiter(char c) => c is ',' or '\r' or '\n';
}
