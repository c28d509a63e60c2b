using MentorFlows.Workflows.Email;
using MentorFlows.Workflows.Stores;

namespace MentorFlows.Runtime.SchemeData.InMemory;

/// <summary><see cref="ISentEmailStore"/> in memory, indexed by student for erasure. Thread-safe.</summary>
public sealed class InMemorySentEmailStore : ISentEmailStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, SentEmail> _emails = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _byStudent = new(StringComparer.Ordinal);
    private int _copies;

    public Task<SentEmail?> GetAsync(string emailId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_emails.GetValueOrDefault(emailId));
        }
    }

    public Task AddAsync(SentEmail email, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(email);
        lock (_gate)
        {
            if (!_emails.TryAdd(email.EmailId, email) || email.Message is null)
            {
                return Task.CompletedTask;
            }

            _copies++;
            foreach (var student in email.Message.StudentIds)
            {
                if (!_byStudent.TryGetValue(student, out var ids))
                {
                    _byStudent[student] = ids = [];
                }

                ids.Add(email.EmailId);
            }
        }

        return Task.CompletedTask;
    }

    public Task<int> EraseStudentAsync(string studentId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_byStudent.Remove(studentId, out var ids))
            {
                return Task.FromResult(0);
            }

            var stripped = 0;
            foreach (var id in ids)
            {
                if (_emails[id].Message is not null)
                {
                    _emails[id] = _emails[id] with { Message = null };
                    _copies--;
                    stripped++;
                }
            }

            return Task.FromResult(stripped);
        }
    }

    public Task<IReadOnlyDictionary<EmailKind, int>> CountByKindAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyDictionary<EmailKind, int> counts = _emails.Values.GroupBy(e => e.Kind).ToDictionary(g => g.Key, g => g.Count());
            return Task.FromResult(counts);
        }
    }

    public Task<int> CountPersonalRecordsAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_copies);
        }
    }
}
