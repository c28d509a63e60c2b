using MentorFlows.Workflows.Matching;
using MentorFlows.Workflows.Stores;

namespace MentorFlows.Runtime.Simulation;

/// <summary>Keeps every match and waiting note as made, for the simulation's report. Thread-safe; a repeat (a retried activity) is kept once.</summary>
internal sealed class CapturingMatchingJournal : IMatchingJournal
{
    private readonly Lock _gate = new();
    private readonly List<MatchRecord> _matches = [];
    private readonly HashSet<string> _matchIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, WaitingMentee> _lastWaiting = new(StringComparer.Ordinal);

    public void Matched(MatchRecord match)
    {
        ArgumentNullException.ThrowIfNull(match);
        lock (_gate)
        {
            if (_matchIds.Add(match.MatchId))
            {
                _matches.Add(match);
            }
        }
    }

    public void Waiting(WaitingMentee mentee)
    {
        ArgumentNullException.ThrowIfNull(mentee);
        lock (_gate)
        {
            _lastWaiting[mentee.MenteeId] = mentee;
        }
    }

    /// <summary>Every match made, in the order made.</summary>
    public IReadOnlyList<MatchRecord> Matches()
    {
        lock (_gate)
        {
            return [.. _matches];
        }
    }

    /// <summary>Mentees never matched all year, each with the reason of the last matching that left them waiting.</summary>
    public IReadOnlyList<WaitingMentee> NeverMatched()
    {
        lock (_gate)
        {
            var matched = _matches.Select(m => m.MenteeId).ToHashSet(StringComparer.Ordinal);
            return [.. _lastWaiting.Values.Where(w => !matched.Contains(w.MenteeId)).OrderBy(w => w.MenteeId, StringComparer.Ordinal)];
        }
    }
}
