using System.Globalization;
using MentorFlows.Domain.Cohort;
using MentorFlows.Domain.Matching;
using MentorFlows.Workflows.Email.Composition;
using MentorFlows.Workflows.Orchestration;
using MentorFlows.Workflows.Sending;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Timeline;
using MentorFlows.Workflows.Year;

namespace MentorFlows.Workflows.Clearance;

/// <summary>
/// Sends one weekly clearance reminder to the coordinator (ids and counts only) while the mentor is active, not
/// cleared, and clearing them would help someone waiting (<see cref="ClearanceReach"/>: waiting mentees of their
/// School the mentor could take once cleared, up to the places left in their group). False when the wait is over
/// (nothing sent): the orchestrator stops, and the next matching starts it again if a new wait appears.
/// </summary>
public sealed class SendClearanceReminderActivity : IActivity<ClearanceReminderStep, bool>
{
    private readonly SchemeYear _year;
    private readonly IParticipantStore _participants;
    private readonly IMatchStore _matches;
    private readonly EmailComposer _composer;
    private readonly EmailDispatcher _dispatcher;
    private readonly SchemeTimeline _timeline;

    public SendClearanceReminderActivity(SchemeYear year, IParticipantStore participants, IMatchStore matches, EmailComposer composer, EmailDispatcher dispatcher, SchemeTimeline timeline)
    {
        _year = year;
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

        var waiting = await HelpedByClearingAsync(mentor, cancellationToken).ConfigureAwait(false);
        if (waiting.Count == 0)
        {
            return false;
        }

        await _dispatcher.SendAsync(_composer.ClearanceWaitingReminder(mentor.StudentId, mentor.Person.School, waiting, input.Number, UtcInstants.ToInstant(input.AtUtc)), input.AtUtc, cancellationToken).ConfigureAwait(false);
        await _timeline.RecordAsync(TimelineEventKind.ClearanceReminderSent, mentor.StudentId, input.AtUtc, cancellationToken,
            discriminator: input.Number.ToString(CultureInfo.InvariantCulture),
            details: new Dictionary<string, string> { ["waiting"] = waiting.Count.ToString(CultureInfo.InvariantCulture) }).ConfigureAwait(false);
        return true;
    }

    /// <summary>The ids of the waiting mentees clearing <paramref name="mentor"/> would let be matched, waiting longest first.</summary>
    private async Task<IReadOnlyList<string>> HelpedByClearingAsync(ParticipantRecord mentor, CancellationToken cancellationToken)
    {
        var waiting = (await _matches.ListWaitingAsync(cancellationToken).ConfigureAwait(false))
            .Where(w => string.Equals(w.School, mentor.Person.School, StringComparison.OrdinalIgnoreCase))
            .OrderBy(w => w.SinceUtc)
            .ThenBy(w => w.MenteeId, StringComparer.Ordinal)
            .ToList();
        if (waiting.Count == 0)
        {
            return [];
        }

        var mentees = (await _participants.GetManyAsync([.. waiting.Select(w => w.MenteeId)], cancellationToken).ConfigureAwait(false))
            .Where(m => m is { IsActive: true, Person.Role: ParticipantRole.Mentee })
            .ToDictionary(m => m.StudentId, m => m.Person, StringComparer.Ordinal);
        var current = (await _matches.ListForStudentAsync(mentor.StudentId, cancellationToken).ConfigureAwait(false))
            .Count(m => m.IsCurrent && string.Equals(m.MentorId, mentor.StudentId, StringComparison.Ordinal));
        var dissolved = (await _matches.ListExcludedPairsAsync(cancellationToken).ConfigureAwait(false)).ToHashSet();
        var helped = ClearanceReach.MenteesHelpedByClearing(
            mentor.Person,
            current,
            waiting.Where(w => mentees.ContainsKey(w.MenteeId)).Select(w => mentees[w.MenteeId]),
            _year.Scheme.Start,
            _year.Scheme.DefaultMentorCapacity,
            dissolved);
        return [.. helped.Select(m => m.StudentId)];
    }
}
