using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace BotKit.Hosting;

/// <summary>
/// Which Connector API failures are retried, and how long to wait. The Connector API has no idempotency key, so a
/// retried POST (send, reply, create conversation) that the channel had already stored shows the partner the message
/// twice. Hence:
/// <list type="bullet">
/// <item>429 and 503 are retried for every call: the channel refused the request before acting on it, and says when
/// to come back (Retry-After, in seconds or as a date).</item>
/// <item>500, 502, 504 and network failures are retried only for PUT and DELETE (update, delete), which land on the
/// same state however often they run; for a POST the outcome is unknown, so the caller gets the error instead of a
/// possible duplicate.</item>
/// <item>Anything else (400, 401, 403, 404, 413…) is the request's own fault and would fail again.</item>
/// </list>
/// </summary>
public sealed class ConnectorRetryPolicy
{
    /// <summary>No retries: each call is attempted once.</summary>
    public static readonly ConnectorRetryPolicy None = new(new ConnectorRetryOptions { MaxRetryAttempts = 0 }, TimeProvider.System, NullLogger.Instance);

    internal static readonly ResiliencePropertyKey<HttpMethod> MethodKey = new("BotKit.Connector.Method");
    internal static readonly ResiliencePropertyKey<string> OperationKey = new("BotKit.Connector.Operation");

    private readonly ConnectorRetryOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public ConnectorRetryPolicy(IOptions<BotKitOptions> options, TimeProvider time, ILogger<ConnectorRetryPolicy> logger)
        : this(options.Value.ConnectorRetry, time, logger)
    {
    }

    public ConnectorRetryPolicy(ConnectorRetryOptions options, TimeProvider time, ILogger logger)
    {
        _options = options;
        _time = time;
        _logger = logger;
        Pipeline = options.MaxRetryAttempts <= 0 ? ResiliencePipeline<HttpResponseMessage>.Empty : Build();
    }

    internal ResiliencePipeline<HttpResponseMessage> Pipeline { get; }

    private ResiliencePipeline<HttpResponseMessage> Build() =>
        new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = _time }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = _options.MaxRetryAttempts,
                Delay = _options.BaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context.Properties.GetValue(MethodKey, HttpMethod.Post))),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result)),
                OnRetry = args =>
                {
                    _logger.LogWarning(
                        "The channel answered {Failure} to {Operation}; retry {Retry} of {MaxRetries} in {Delay}",
                        args.Outcome.Result is { } r ? (int)r.StatusCode : args.Outcome.Exception?.GetType().Name,
                        args.Context.Properties.GetValue(OperationKey, "a Connector API call"),
                        args.AttemptNumber + 1,
                        _options.MaxRetryAttempts,
                        args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();

    private bool ShouldRetry(Outcome<HttpResponseMessage> outcome, HttpMethod method)
    {
        var idempotent = method == HttpMethod.Put || method == HttpMethod.Delete || method == HttpMethod.Get;
        if (outcome.Exception is not null)
        {
            return idempotent && outcome.Exception is HttpRequestException;
        }

        return outcome.Result!.StatusCode switch
        {
            HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable => RetryAfter(outcome.Result) is not { } wait || wait <= _options.MaxRetryAfter,
            HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout => idempotent,
            _ => false,
        };
    }

    /// <summary>The channel's Retry-After, or null to fall back to exponential back-off.</summary>
    private TimeSpan? RetryAfter(HttpResponseMessage? response)
    {
        var header = response?.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - _time.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }
}
