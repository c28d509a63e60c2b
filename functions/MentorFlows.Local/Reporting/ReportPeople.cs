using MentorFlows.Domain.Cohort;

namespace MentorFlows.Local.Reporting;

/// <summary>Names for the student ids the timeline and matches carry (the report is the one place they meet).</summary>
internal sealed class ReportPeople
{
    private readonly Dictionary<string, Participant> _byId;

    public ReportPeople(IEnumerable<Participant> participants)
    {
        _byId = new Dictionary<string, Participant>(StringComparer.OrdinalIgnoreCase);
        foreach (var participant in participants)
        {
            _byId.TryAdd(participant.StudentId, participant);
        }
    }

    public Participant? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary><c>Aoife Ní Bhriain</c>, or the id itself for someone not in the cohort.</summary>
    public string NameOf(string id) => Find(id)?.FullName ?? id;
}
