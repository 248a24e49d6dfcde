using LearningPartnerBot.Tickets;

namespace LearningPartnerBot.Requests;

/// <summary>One conversation's unwritten lines, at most <see cref="RecentTurns.Kept"/>; closed once a flush has taken them.</summary>
internal sealed class PendingTurnLines
{
    private readonly Lock _lock = new();
    private readonly Queue<TranscriptLine> _lines = new();
    private bool _closed;

    public bool TryAdd(TranscriptLine line)
    {
        lock (_lock)
        {
            if (_closed)
            {
                return false;
            }

            _lines.Enqueue(line);
            if (_lines.Count > RecentTurns.Kept)
            {
                _lines.Dequeue();
            }

            return true;
        }
    }

    public List<TranscriptLine> Close()
    {
        lock (_lock)
        {
            _closed = true;
            return [.. _lines];
        }
    }
}
