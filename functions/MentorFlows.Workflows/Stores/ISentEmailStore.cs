using MentorFlows.Workflows.Email;

namespace MentorFlows.Workflows.Stores;

/// <summary>
/// What the scheme sent: the mailer's durable record of ids (so a retried activity never sends twice) and the copies
/// coordinators preview. Erasing a student strips the copies that hold their data to id, kind and time.
/// </summary>
public interface ISentEmailStore
{
    Task<SentEmail?> GetAsync(string emailId, CancellationToken cancellationToken);

    /// <summary>Records a send; a second record with the same id is ignored.</summary>
    Task AddAsync(SentEmail email, CancellationToken cancellationToken);

    /// <summary>Removes the copy of every email naming the student in <see cref="EmailMessage.StudentIds"/>; returns how many.</summary>
    Task<int> EraseStudentAsync(string studentId, CancellationToken cancellationToken);

    /// <summary>Emails sent, by kind (anonymous: survives erasure).</summary>
    Task<IReadOnlyDictionary<EmailKind, int>> CountByKindAsync(CancellationToken cancellationToken);

    /// <summary>Copies still held.</summary>
    Task<int> CountPersonalRecordsAsync(CancellationToken cancellationToken);
}
