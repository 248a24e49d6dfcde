using CsvHelper;

namespace LearningPartnerBot.Eligibility.Api;

/// <summary>One CSV record: its number in the file (the header is row 1), its fields, and why it could not be read, if so.</summary>
public sealed record CsvRow(int Number, IReadOnlyList<string> Fields, string? Error)
{
    /// <summary>An empty line, e.g. one left between records; it carries no data.</summary>
    public bool IsBlank => Fields.Count == 1 && Fields[0].Length == 0 && Error is null;
}

/// <summary>
/// Reads RFC 4180 CSV as spreadsheets export it: comma-separated, fields optionally in double quotes (which may hold
/// commas, line breaks and doubled quotes), CRLF or LF line ends. Every record is returned, the header and empty
/// lines included, so row numbers match the file; a record with broken quoting carries the reason instead of a guess.
/// </summary>
public static class CsvRecords
{
    public static IReadOnlyList<CsvRow> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var problems = new Dictionary<long, string>();
        var options = new CsvReaderOptions
        {
            // Fixed, not detected: the KPI export is comma-separated, and a guessed ';' would misread it silently.
            Separator = ',',
            HasHeader = false,
            SkipEmptyLines = false,
            OnMalformedRecord = record =>
            {
                if (Reason(record.Reason) is { } reason)
                {
                    problems.TryAdd(record.RecordNumber, reason);
                }
            },
        };

        var rows = new List<CsvRow>();
        using var reader = CsvReader.FromText(text, options);
        while (reader.Read())
        {
            var fields = new string[reader.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = reader.GetString(i);
            }

            rows.Add(new CsvRow((int)reader.RowNumber, fields, problems.GetValueOrDefault(reader.RowNumber)));
        }

        return rows;
    }

    /// <summary>
    /// A quote inside an unquoted field (a 12" screen) is text to every spreadsheet, so it stays text; quoting that
    /// leaves a value's end unclear is refused rather than read one of two ways.
    /// </summary>
    private static string? Reason(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.UnterminatedQuote => "A quoted field is not closed: a closing double quote is missing.",
        CsvMalformedReason.TextAfterClosingQuote => "Text follows a closing double quote; quotes inside a quoted field must be doubled (\"\").",
        _ => null,
    };
}
