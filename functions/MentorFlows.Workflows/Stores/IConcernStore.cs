using MentorFlows.Domain.Concerns;

namespace MentorFlows.Workflows.Stores;

/// <summary>Concerns, with the reference sequence of the scheme year.</summary>
public interface IConcernStore
{
    /// <summary>
    /// Stores a new concern under the next reference of <paramref name="schemeYear"/> (sequence from 1, assigned
    /// atomically). A concern with the same <see cref="NewConcern.SubmissionId"/> is returned as it is instead.
    /// </summary>
    Task<ConcernRecord> AddAsync(NewConcern concern, int schemeYear, CancellationToken cancellationToken);

    Task<ConcernRecord?> GetAsync(ConcernReference reference, CancellationToken cancellationToken);

    Task UpdateAsync(ConcernRecord concern, CancellationToken cancellationToken);

    /// <summary>Open concerns the student is in, as reporter or subject.</summary>
    Task<IReadOnlyList<ConcernRecord>> ListOpenForStudentAsync(string studentId, CancellationToken cancellationToken);

    /// <summary>Every concern, by reference.</summary>
    Task<IReadOnlyList<ConcernRecord>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Erases the student from every concern they are in (their id and the text); returns how many changed.</summary>
    Task<int> EraseStudentAsync(string studentId, CancellationToken cancellationToken);

    Task<int> CountPersonalRecordsAsync(CancellationToken cancellationToken);
}
