using System.Text.Json;

namespace TestSupport.JsonSchema;

/// <summary>allOf, anyOf, oneOf, not and if/then/else.</summary>
internal sealed partial class SchemaEvaluator
{
    /// <summary>How many of the closest branch's errors an anyOf/oneOf message quotes.</summary>
    private const int QuotedBranchErrors = 3;

    private void EvaluateCombinators(JsonElement schema, JsonElement instance, string path, List<string> errors)
    {
        if (schema.TryGetProperty("allOf", out var allOf))
        {
            foreach (var branch in allOf.EnumerateArray())
            {
                Evaluate(branch, instance, path, errors);
            }
        }

        if (schema.TryGetProperty("anyOf", out var anyOf))
        {
            var outcomes = TryBranches(anyOf, instance, path);
            if (!outcomes.Any(o => o.Count == 0))
            {
                ReportNoMatch(errors, path, "anyOf", outcomes);
            }
        }

        if (schema.TryGetProperty("oneOf", out var oneOf))
        {
            EvaluateOneOf(oneOf, instance, path, errors);
        }

        if (schema.TryGetProperty("not", out var not) && Trial(not, instance, path).Count == 0)
        {
            Fail(errors, path, "not", "the value matches a schema it must not match");
        }

        if (schema.TryGetProperty("if", out var condition))
        {
            var branch = Trial(condition, instance, path).Count == 0 ? "then" : "else";
            if (schema.TryGetProperty(branch, out var consequence))
            {
                Evaluate(consequence, instance, path, errors);
            }
        }
    }

    private void EvaluateOneOf(JsonElement oneOf, JsonElement instance, string path, List<string> errors)
    {
        var outcomes = TryBranches(oneOf, instance, path);
        var passing = outcomes.Select((o, i) => (o, i)).Where(x => x.o.Count == 0).Select(x => x.i).ToList();
        if (passing.Count == 0)
        {
            ReportNoMatch(errors, path, "oneOf", outcomes);
        }
        else if (passing.Count > 1)
        {
            Fail(errors, path, "oneOf", $"matched schemas #{string.Join(", #", passing)}; exactly one may match");
        }
    }

    private List<List<string>> TryBranches(JsonElement branches, JsonElement instance, string path) =>
        [.. branches.EnumerateArray().Select(b => Trial(b, instance, path))];

    /// <summary>
    /// A single branch leaves no doubt which one was meant, so its errors are reported as they are; this keeps
    /// the Adaptive Card root (anyOf with one allOf) from hiding every error inside one message.
    /// </summary>
    private static void ReportNoMatch(List<string> errors, string path, string keyword, List<List<string>> outcomes)
    {
        if (outcomes.Count == 1)
        {
            errors.AddRange(outcomes[0]);
        }
        else
        {
            Fail(errors, path, keyword, $"matched none of {outcomes.Count} schemas; {Closest(outcomes)}");
        }
    }

    /// <summary>
    /// The branch with the fewest errors is usually the one the author meant (e.g. the TextBlock branch for an
    /// element with "type": "TextBlock"), so its errors explain the failure best.
    /// </summary>
    private static string Closest(List<List<string>> outcomes)
    {
        var best = outcomes.Select((o, i) => (Errors: o, Index: i)).MinBy(x => x.Errors.Count);
        var quoted = string.Join("; ", best.Errors.Take(QuotedBranchErrors));
        var more = best.Errors.Count > QuotedBranchErrors ? $" (+{best.Errors.Count - QuotedBranchErrors} more)" : string.Empty;
        return $"closest is #{best.Index}: [{quoted}{more}]";
    }
}
