using BotKit.Hosting;
using BotKit.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace BotKit.Tests.Hosting;

public sealed class ActivityRateLimiterHookTests
{
    private sealed class CountingBot : IBot
    {
        public int Turns { get; private set; }

        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        {
            Turns++;
            return Task.CompletedTask;
        }
    }

    private sealed class RecordingLimiter(bool admit) : IActivityRateLimiter
    {
        public List<Activity> Asked { get; } = [];

        public ValueTask<ActivityAdmission> AdmitAsync(Activity activity, CancellationToken cancellationToken = default)
        {
            Asked.Add(activity);
            return ValueTask.FromResult(admit ? ActivityAdmission.Admitted : ActivityAdmission.Refused(TimeSpan.FromSeconds(2.2)));
        }
    }

    private static ServiceProvider With(IActivityRateLimiter limiter) =>
        new ServiceCollection().AddSingleton(limiter).BuildServiceProvider();

    [Fact]
    public async Task A_refused_activity_gets_429_with_retry_after_in_whole_seconds_and_no_turn()
    {
        var bot = new CountingBot();
        var http = new HttpTurn { RequestServices = With(new RecordingLimiter(admit: false)) };

        var (status, _, headers) = await http.PostAsync(bot, HttpTurn.Message("hi", DeliveryModes.ExpectReplies));

        Assert.Equal(429, status);
        Assert.Equal("3", headers.RetryAfter.ToString());
        Assert.Equal(0, bot.Turns);
    }

    [Fact]
    public async Task The_limiter_sees_the_parsed_activity_and_an_admitted_one_runs()
    {
        var bot = new CountingBot();
        var limiter = new RecordingLimiter(admit: true);
        var http = new HttpTurn { RequestServices = With(limiter) };

        var (status, _, _) = await http.PostAsync(bot, HttpTurn.Message("hi"));

        Assert.Equal(200, status);
        Assert.Equal(1, bot.Turns);
        Assert.Equal("conv-1", Assert.Single(limiter.Asked).Conversation?.Id);
    }

    [Fact]
    public async Task An_unauthenticated_caller_is_refused_before_it_can_spend_anyones_permits()
    {
        var limiter = new RecordingLimiter(admit: true);
        var http = new HttpTurn(appId: "app-id") { RequestServices = With(limiter) };

        var (status, _, _) = await http.PostAsync(new CountingBot(), HttpTurn.Message("hi"));

        Assert.Equal(401, status);
        Assert.Empty(limiter.Asked);
    }

    [Fact]
    public async Task A_malformed_body_is_still_400_and_never_reaches_the_limiter()
    {
        var limiter = new RecordingLimiter(admit: true);
        var http = new HttpTurn { RequestServices = With(limiter) };

        var (status, _, _) = await http.PostAsync(new CountingBot(), "{\"text\":\"no type\"}");

        Assert.Equal(400, status);
        Assert.Empty(limiter.Asked);
    }
}
