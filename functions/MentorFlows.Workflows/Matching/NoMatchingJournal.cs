using MentorFlows.Workflows.Stores;

namespace MentorFlows.Workflows.Matching;

/// <summary>A journal that keeps nothing: the stores alone hold matches, and erasure leaves nothing behind.</summary>
public sealed class NoMatchingJournal : IMatchingJournal
{
    public static NoMatchingJournal Instance { get; } = new();

    public void Matched(MatchRecord match)
    {
    }

    public void Waiting(WaitingMentee mentee)
    {
    }
}
