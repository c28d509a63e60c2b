using System.Globalization;
using MentorFlows.Domain.Cohort;
using MentorFlows.Workflows.Email.Composition;
using MentorFlows.Workflows.Orchestration;
using MentorFlows.Workflows.Sending;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Timeline;
using MentorFlows.Workflows.Year;

namespace MentorFlows.Workflows.Clearance;

/// <summary>
/// Sends one weekly clearance reminder to the coordinator (ids and counts only) while the mentor is active, not
/// cleared, and mentees of their School are waiting. False when the wait is over.
/// </summary>
public sealed class SendClearanceReminderActivity : IActivity<ClearanceReminderStep, bool>
{
    private readonly IParticipantStore _participants;
    private readonly IMatchStore _matches;
    private readonly EmailComposer _composer;
    private readonly EmailDispatcher _dispatcher;
    private readonly SchemeTimeline _timeline;

    public SendClearanceReminderActivity(IParticipantStore participants, IMatchStore matches, EmailComposer composer, EmailDispatcher dispatcher, SchemeTimeline timeline)
    {
        _participants = participants;
        _matches = matches;
        _composer = composer;
        _dispatcher = dispatcher;
        _timeline = timeline;
    }

    public async Task<bool> RunAsync(IActivityContext context, ClearanceReminderStep input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var mentor = await _participants.GetAsync(input.MentorId, cancellationToken).ConfigureAwait(false);
        if (mentor is not { IsActive: true, Person.Role: ParticipantRole.Mentor } || mentor.Person.IsCleared)
        {
            return false;
        }

        var waiting = (await _matches.ListWaitingAsync(cancellationToken).ConfigureAwait(false))
            .Where(w => string.Equals(w.School, mentor.Person.School, StringComparison.OrdinalIgnoreCase))
            .Select(w => w.MenteeId)
            .ToList();
        if (waiting.Count == 0)
        {
            return false;
        }

        await _dispatcher.SendAsync(_composer.ClearanceWaitingReminder(mentor.StudentId, waiting, input.Number, UtcInstants.ToInstant(input.AtUtc)), input.AtUtc, cancellationToken).ConfigureAwait(false);
        await _timeline.RecordAsync(TimelineEventKind.ClearanceReminderSent, mentor.StudentId, input.AtUtc, cancellationToken,
            discriminator: input.Number.ToString(CultureInfo.InvariantCulture),
            details: new Dictionary<string, string> { ["waiting"] = waiting.Count.ToString(CultureInfo.InvariantCulture) }).ConfigureAwait(false);
        return true;
    }
}
