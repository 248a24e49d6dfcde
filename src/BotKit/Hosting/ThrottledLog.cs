namespace BotKit.Hosting;

/// <summary>Lets one log entry through per interval and counts the ones held back, for events an attacker can repeat at will.</summary>
internal sealed class ThrottledLog(TimeSpan interval, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly Lock _lock = new();
    private DateTimeOffset _next = DateTimeOffset.MinValue;
    private long _suppressed;

    /// <summary>True when this event should be logged; <paramref name="suppressed"/> is how many were held back before it.</summary>
    public bool ShouldLog(out long suppressed)
    {
        var now = _clock.GetUtcNow();
        lock (_lock)
        {
            if (now < _next)
            {
                _suppressed++;
                suppressed = 0;
                return false;
            }

            _next = now + interval;
            suppressed = _suppressed;
            _suppressed = 0;
            return true;
        }
    }
}
