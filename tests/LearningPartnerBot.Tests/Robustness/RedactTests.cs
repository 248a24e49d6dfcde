using LearningPartnerBot.Diagnostics;

namespace LearningPartnerBot.Tests.Robustness;

public sealed class RedactTests
{
    [Theory]
    [InlineData("Mail ayse.yilmaz+kpi@contoso.example about it", "Mail [email] about it")]
    [InlineData("invoice INV-2025-0042 is missing", "invoice [redacted] is missing")]
    [InlineData("revenue 19.999,99 EUR and KPI 1250.5", "revenue [redacted] EUR and KPI [redacted]")]
    [InlineData("The input string '12345678' was not in a correct format.", "The input string '[redacted]' was not in a correct format.")]
    [InlineData("fatura 2025/77A bulunamadı", "fatura [redacted] bulunamadı")]
    public void Partner_data_in_free_text_is_masked(string text, string expected)
    {
        Assert.Equal(expected, Redact.Text(text));
    }

    [Fact]
    public void Words_and_short_status_codes_stay_readable()
    {
        Assert.Equal("The channel answered 400 Bad Request", Redact.Text("The channel answered 400 Bad Request"));
    }

    [Fact]
    public void A_redacted_exception_keeps_its_type_and_stack_and_masks_every_message()
    {
        Exception thrown;
        try
        {
            throw new InvalidOperationException("Filing INV-2025-0042 failed", new FormatException("bad amount 19.999,99 from ayse@contoso.example"));
        }
        catch (InvalidOperationException e)
        {
            thrown = e;
        }

        var logged = Redact.Exception(thrown).ToString();

        Assert.StartsWith("System.InvalidOperationException: Filing [redacted] failed", logged, StringComparison.Ordinal);
        Assert.Contains("System.FormatException: bad amount [redacted] from [email]", logged, StringComparison.Ordinal);
        Assert.Contains(nameof(A_redacted_exception_keeps_its_type_and_stack_and_masks_every_message), logged, StringComparison.Ordinal);
        Assert.DoesNotContain("0042", logged, StringComparison.Ordinal);
    }
}
