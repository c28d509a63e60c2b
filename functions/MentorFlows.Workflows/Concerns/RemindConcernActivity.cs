using MentorFlows.Workflows.Email.Composition;
using MentorFlows.Workflows.Orchestration;
using MentorFlows.Workflows.Sending;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Timeline;
using MentorFlows.Workflows.Year;

namespace MentorFlows.Workflows.Concerns;

/// <summary>
/// A reminder to the coordinator that a concern waits for a decision (input number 1, 2, ...), or, with number 0,
/// its escalation to the coordinator and the escalation contacts. Sent only while the concern is still open.
/// </summary>
public sealed class RemindConcernActivity : IActivity<ConcernStepInput, bool>
{
    private readonly IConcernStore _concerns;
    private readonly EmailComposer _composer;
    private readonly EmailDispatcher _dispatcher;
    private readonly SchemeTimeline _timeline;

    public RemindConcernActivity(IConcernStore concerns, EmailComposer composer, EmailDispatcher dispatcher, SchemeTimeline timeline)
    {
        _concerns = concerns;
        _composer = composer;
        _dispatcher = dispatcher;
        _timeline = timeline;
    }

    public async Task<bool> RunAsync(IActivityContext context, ConcernStepInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await _concerns.GetAsync(input.Reference, cancellationToken).ConfigureAwait(false) is not { Status: ConcernStatus.Open } concern)
        {
            return false;
        }

        var involved = new[] { concern.ReporterId, concern.AboutId }.OfType<string>().ToList();
        var at = UtcInstants.ToInstant(input.AtUtc);
        var email = input.Number > 0
            ? _composer.ConcernReminder(concern.Reference, input.Number, involved, at)
            : _composer.ConcernEscalation(concern.Reference, involved, at);
        await _dispatcher.SendAsync(email, input.AtUtc, cancellationToken).ConfigureAwait(false);
        await _timeline.RecordAsync(input.Number > 0 ? TimelineEventKind.ConcernReminderSent : TimelineEventKind.ConcernEscalated,
            concern.Reference.Value, input.AtUtc, cancellationToken, discriminator: input.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)).ConfigureAwait(false);
        return true;
    }
}
