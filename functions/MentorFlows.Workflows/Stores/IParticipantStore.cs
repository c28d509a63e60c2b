namespace MentorFlows.Workflows.Stores;

/// <summary>
/// The scheme's participants (personal data). Keyed by student id; every method is one small, atomic operation so
/// the port maps onto a PostgreSQL table or an Azure Table (partition = School) alike.
/// </summary>
public interface IParticipantStore
{
    Task<ParticipantRecord?> GetAsync(string studentId, CancellationToken cancellationToken);

    /// <summary>The records of <paramref name="studentIds"/> that exist, in no particular order.</summary>
    Task<IReadOnlyList<ParticipantRecord>> GetManyAsync(IReadOnlyCollection<string> studentIds, CancellationToken cancellationToken);

    /// <summary>Every participant still held (any status), ordered by student id. The matcher needs the whole cohort.</summary>
    Task<IReadOnlyList<ParticipantRecord>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Inserts or replaces each record by student id.</summary>
    Task SaveAsync(IReadOnlyList<ParticipantRecord> records, CancellationToken cancellationToken);

    /// <summary>Deletes the participant's record; false when there was none (already erased).</summary>
    Task<bool> EraseAsync(string studentId, CancellationToken cancellationToken);

    /// <summary>Records still holding personal data (every record: a participant is personal data).</summary>
    Task<int> CountPersonalRecordsAsync(CancellationToken cancellationToken);
}
