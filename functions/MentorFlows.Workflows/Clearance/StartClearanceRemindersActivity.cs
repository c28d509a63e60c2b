using MentorFlows.Domain.Cohort;
using MentorFlows.Workflows.Orchestration;
using MentorFlows.Workflows.Privacy;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Year;

namespace MentorFlows.Workflows.Clearance;

/// <summary>
/// After a matching, starts the weekly clearance reminders (<see cref="ClearanceReminderOrchestrator"/>) for every
/// active mentor not yet cleared in a School where mentees are left waiting. Idempotent (one instance per mentor).
/// Returns how many it started.
/// </summary>
public sealed class StartClearanceRemindersActivity : IActivity<DateTime, int>
{
    private readonly IParticipantStore _participants;
    private readonly IMatchStore _matches;
    private readonly IOrchestrationClient _client;
    private readonly StudentPseudonyms _pseudonyms;

    public StartClearanceRemindersActivity(IParticipantStore participants, IMatchStore matches, IOrchestrationClient client, StudentPseudonyms pseudonyms)
    {
        _participants = participants;
        _matches = matches;
        _client = client;
        _pseudonyms = pseudonyms;
    }

    public async Task<int> RunAsync(IActivityContext context, DateTime input, CancellationToken cancellationToken)
    {
        var schools = (await _matches.ListWaitingAsync(cancellationToken).ConfigureAwait(false)).Select(w => w.School).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var started = 0;
        foreach (var mentor in await _participants.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            if (mentor is { IsActive: true, Person.Role: ParticipantRole.Mentor, Person.IsCleared: false } && schools.Contains(mentor.Person.School)
                && await _client.StartOnceAsync(nameof(ClearanceReminderOrchestrator), new ClearanceReminderInput(mentor.StudentId, UtcInstants.AsUtc(input)),
                    InstanceIds.ClearanceReminders(_pseudonyms, mentor.StudentId), cancellationToken).ConfigureAwait(false))
            {
                started++;
            }
        }

        return started;
    }
}
