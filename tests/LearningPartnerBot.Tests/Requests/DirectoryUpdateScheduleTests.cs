using System.Globalization;
using LearningPartnerBot.Requests;

namespace LearningPartnerBot.Tests.Requests;

public sealed class DirectoryUpdateScheduleTests
{
    public static TheoryData<string, string, string, string> Dates => new()
    {
        // requested on, batch from, batch to, visible by
        { "2026-03-01", "2026-03-15", "2026-03-21", "2026-04-07" },
        { "2026-03-14", "2026-03-15", "2026-03-21", "2026-04-07" },
        { "2026-03-15", "2026-04-15", "2026-04-21", "2026-05-07" },
        { "2026-03-21", "2026-04-15", "2026-04-21", "2026-05-07" },
        { "2026-03-22", "2026-04-15", "2026-04-21", "2026-05-07" },
        { "2026-11-14", "2026-11-15", "2026-11-21", "2026-12-07" },
        { "2026-11-15", "2026-12-15", "2026-12-21", "2027-01-07" },
        { "2026-12-14", "2026-12-15", "2026-12-21", "2027-01-07" },
        { "2026-12-15", "2027-01-15", "2027-01-21", "2027-02-07" },
        { "2026-12-31", "2027-01-15", "2027-01-21", "2027-02-07" },
        { "2027-01-01", "2027-01-15", "2027-01-21", "2027-02-07" },
        { "2028-02-29", "2028-03-15", "2028-03-21", "2028-04-07" },
    };

    [Theory]
    [MemberData(nameof(Dates))]
    public void A_request_before_the_15th_makes_this_months_batch_otherwise_next_months(string requestedOn, string from, string to, string visibleBy)
    {
        var update = DirectoryUpdateSchedule.For(Date(requestedOn));

        Assert.Equal(new DirectoryUpdate(Date(from), Date(to), Date(visibleBy)), update);
    }

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
