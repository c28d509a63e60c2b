using MentorFlows.Workflows.Stores;

namespace MentorFlows.Workflows.Matching;

/// <summary>
/// Told of every match and every waiting mentee as a matching makes them, for a coordinator's report of the year
/// (matches with reasons, the unmatched with reasons) that must outlive the stores' erasure. The simulation's report
/// keeps them; a production host registers <see cref="NoMatchingJournal"/>. What it is told is personal data
/// (student ids with reasons), so whatever keeps it is the host's responsibility. Called at least once per record.
/// </summary>
public interface IMatchingJournal
{
    void Matched(MatchRecord match);

    void Waiting(WaitingMentee mentee);
}
