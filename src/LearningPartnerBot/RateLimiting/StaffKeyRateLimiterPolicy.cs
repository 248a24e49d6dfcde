using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace LearningPartnerBot.RateLimiting;

/// <summary>
/// One bucket per staff key on the /api staff endpoints. It runs after authorization, so only a valid key reaches
/// it; the bucket is named by a hash of the key, so the key itself is not kept as a dictionary key.
/// </summary>
internal sealed class StaffKeyRateLimiterPolicy(IOptions<RateLimitingOptions> options) : IRateLimiterPolicy<string>
{
    public const string Name = "staff-key";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => (context, _) =>
    {
        var wait = TokenBuckets.RetryAfter(context.Lease, options.Value.StaffKey);
        context.HttpContext.Response.Headers.RetryAfter = BotKit.Hosting.ActivityAdmission.Refused(wait).RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return ValueTask.CompletedTask;
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        return options.Value.Enabled
            ? TokenBuckets.Partition(KeyFingerprint(httpContext.Request.Headers.Authorization.ToString()), options.Value.StaffKey)
            : RateLimitPartition.GetNoLimiter(string.Empty);
    }

    private static string KeyFingerprint(string authorization) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(authorization.Trim())), 0, 12);
}
