using MentorFlows.Domain.Matching;

namespace MentorFlows.Workflows.Stores;

/// <summary>
/// Matches, pairs that may never be matched again (dissolved), and the waiting list. Small operations by key or by
/// one indexed column (mentee, mentor, batch); nothing spans stores.
/// </summary>
public interface IMatchStore
{
    /// <summary>Adds matches; one whose id exists already is left as it is (a retried matching adds nothing).</summary>
    Task AddAsync(IReadOnlyList<MatchRecord> matches, CancellationToken cancellationToken);

    Task<MatchRecord?> GetAsync(string matchId, CancellationToken cancellationToken);

    /// <summary>Replaces a match by id (status changes).</summary>
    Task UpdateAsync(MatchRecord match, CancellationToken cancellationToken);

    /// <summary>Every match the student is in, as mentee or mentor, any status.</summary>
    Task<IReadOnlyList<MatchRecord>> ListForStudentAsync(string studentId, CancellationToken cancellationToken);

    /// <summary>The matches one matching run made.</summary>
    Task<IReadOnlyList<MatchRecord>> ListByBatchAsync(string batchId, CancellationToken cancellationToken);

    /// <summary>The matches one run ended (<see cref="MatchRecord.EndedBy"/>), in match id order.</summary>
    Task<IReadOnlyList<MatchRecord>> ListEndedByAsync(string endedBy, CancellationToken cancellationToken);

    /// <summary>Every current (active or paused) match: what the matcher must keep.</summary>
    Task<IReadOnlyList<MatchRecord>> ListCurrentAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The current matches of up to <paramref name="maxMentors"/> mentors, in mentor id order, starting after
    /// <paramref name="afterMentorId"/> (null: from the first): a page of a scheme-wide sweep, one mentor's group whole.
    /// </summary>
    Task<IReadOnlyList<MatchRecord>> ListCurrentByMentorPageAsync(string? afterMentorId, int maxMentors, CancellationToken cancellationToken);

    /// <summary>Records a pair as never to be matched again (003: a dissolved match).</summary>
    Task AddExcludedPairAsync(MatchPair pair, CancellationToken cancellationToken);

    Task<IReadOnlyList<MatchPair>> ListExcludedPairsAsync(CancellationToken cancellationToken);

    /// <summary>Replaces the waiting list with the latest matching's unmatched mentees.</summary>
    Task ReplaceWaitingAsync(IReadOnlyList<WaitingMentee> waiting, CancellationToken cancellationToken);

    Task<IReadOnlyList<WaitingMentee>> ListWaitingAsync(CancellationToken cancellationToken);

    /// <summary>Deletes every match, excluded pair and waiting entry naming the student; returns how many records went.</summary>
    Task<int> EraseStudentAsync(string studentId, CancellationToken cancellationToken);

    /// <summary>Records naming a student (matches, excluded pairs, waiting entries).</summary>
    Task<int> CountPersonalRecordsAsync(CancellationToken cancellationToken);
}
