using LearningPartnerBot.Tickets;

namespace LearningPartnerBot.Requests;

/// <summary>The monthly directory update a listing request goes into, and the day it should be visible by.</summary>
public sealed record DirectoryUpdate(DateOnly BatchStart, DateOnly BatchEnd, DateOnly VisibleBy);

/// <summary>
/// The Learning Partner directory is updated by hand once a month in the third week (days 15 to 21). A request made
/// before the 15th makes that month's batch; from the 15th on, the batch is already being worked on, so it waits for
/// next month's. The change is visible by the end of the first week (the 7th) of the month after the batch.
/// </summary>
public static class DirectoryUpdateSchedule
{
    public const int BatchFirstDay = 15;
    public const int BatchLastDay = 21;
    public const int VisibleByDay = 7;

    public static DirectoryUpdate For(DateOnly requestedOn)
    {
        var batchMonth = new DateOnly(requestedOn.Year, requestedOn.Month, 1);
        if (requestedOn.Day >= BatchFirstDay)
        {
            batchMonth = batchMonth.AddMonths(1);
        }

        return new DirectoryUpdate(
            batchMonth.AddDays(BatchFirstDay - 1),
            batchMonth.AddDays(BatchLastDay - 1),
            batchMonth.AddMonths(1).AddDays(VisibleByDay - 1));
    }

    /// <summary>The update a checked listing was promised, from its own dates: the day it is filed may already be later.</summary>
    public static DirectoryUpdate Of(DirectoryListingPayload payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return new DirectoryUpdate(
            payload.ExpectedBatchStart,
            payload.ExpectedBatchStart.AddDays(BatchLastDay - BatchFirstDay),
            payload.ExpectedVisibleBy);
    }
}
