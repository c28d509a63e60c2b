using MentorFlows.Domain.Concerns;

namespace MentorFlows.Workflows.Stores;

/// <summary>
/// Concerns, with the reference sequence of the scheme year. The records it returns never carry the concern's text:
/// only <see cref="ReadTextAsync"/> does, for a coordinator (a PostgreSQL store keeps the text encrypted and decrypts it
/// there and nowhere else).
/// </summary>
public interface IConcernStore
{
    /// <summary>
    /// Stores a new concern under the next reference of <paramref name="schemeYear"/> (sequence from 1, assigned
    /// atomically). A concern with the same <see cref="NewConcern.SubmissionId"/> is returned as it is instead.
    /// </summary>
    Task<ConcernRecord> AddAsync(NewConcern concern, int schemeYear, CancellationToken cancellationToken);

    Task<ConcernRecord?> GetAsync(ConcernReference reference, CancellationToken cancellationToken);

    /// <summary>
    /// Records a coordinator's decision: the concern's <see cref="ConcernRecord.Status"/>, <see cref="ConcernRecord.Outcome"/>
    /// and <see cref="ConcernRecord.DecidedAtUtc"/>. The people in it and its text change only by <see cref="EraseStudentAsync"/>.
    /// An unknown reference changes nothing.
    /// </summary>
    Task UpdateAsync(ConcernRecord concern, CancellationToken cancellationToken);

    /// <summary>
    /// The concern's text, for a coordinator's eyes only: null when the concern is unknown or its text was erased.
    /// Never log it, email it, or pass it to a workflow.
    /// </summary>
    Task<string?> ReadTextAsync(ConcernReference reference, CancellationToken cancellationToken);

    /// <summary>Open concerns the student is in, as reporter or subject.</summary>
    Task<IReadOnlyList<ConcernRecord>> ListOpenForStudentAsync(string studentId, CancellationToken cancellationToken);

    /// <summary>Every concern, by reference.</summary>
    Task<IReadOnlyList<ConcernRecord>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Erases the student from every concern they are in (their id and the text); returns how many changed.</summary>
    Task<int> EraseStudentAsync(string studentId, CancellationToken cancellationToken);

    Task<int> CountPersonalRecordsAsync(CancellationToken cancellationToken);
}
