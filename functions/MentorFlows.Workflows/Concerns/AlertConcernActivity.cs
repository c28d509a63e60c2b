using MentorFlows.Domain.Concerns;
using MentorFlows.Workflows.Email.Composition;
using MentorFlows.Workflows.Orchestration;
using MentorFlows.Workflows.Sending;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Timeline;
using MentorFlows.Workflows.Year;

namespace MentorFlows.Workflows.Concerns;

/// <summary>
/// Triage of a new concern (Domain's <see cref="ConcernTriage"/>) and, when it calls for one, the staff alert at once,
/// whatever the hour: reference, category, risk flag and link, never the text nor who reported it. Records the
/// concern in the timeline (reference and category only).
/// </summary>
public sealed class AlertConcernActivity : IActivity<ConcernStepInput, ConcernAlertLevel>
{
    private readonly SchemeYear _year;
    private readonly IConcernStore _concerns;
    private readonly IParticipantStore _participants;
    private readonly EmailComposer _composer;
    private readonly EmailDispatcher _dispatcher;
    private readonly SchemeTimeline _timeline;

    public AlertConcernActivity(SchemeYear year, IConcernStore concerns, IParticipantStore participants, EmailComposer composer, EmailDispatcher dispatcher, SchemeTimeline timeline)
    {
        _year = year;
        _concerns = concerns;
        _participants = participants;
        _composer = composer;
        _dispatcher = dispatcher;
        _timeline = timeline;
    }

    public async Task<ConcernAlertLevel> RunAsync(IActivityContext context, ConcernStepInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var concern = await _concerns.GetAsync(input.Reference, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Concern {input.Reference.Value} is not on record.");
        var involved = new[] { concern.ReporterId, concern.AboutId }.OfType<string>().ToList();
        var people = await _participants.GetManyAsync(involved, cancellationToken).ConfigureAwait(false);
        var childOrAtRisk = people.Any(p => p.Person.IsUnder18On(_year.Scheme.Start) || p.Person.AtRisk);
        var triage = ConcernTriage.Assess(concern.Category, concern.ImmediateRisk, childOrAtRisk);
        await _timeline.RecordAsync(TimelineEventKind.ConcernRaised, concern.Reference.Value, concern.RaisedAtUtc, cancellationToken, discriminator: "raised",
            details: new Dictionary<string, string>
            {
                ["category"] = Domain.WireName.Of(concern.Category),
                ["riskOfHarm"] = triage.RiskOfHarm ? "yes" : "no",
                ["alert"] = triage.AlertLevel.ToString(),
            }).ConfigureAwait(false);
        if (triage.AlertLevel == ConcernAlertLevel.None)
        {
            return triage.AlertLevel;
        }

        var alert = _composer.ConcernAlert(concern.Reference, concern.Category, triage, UtcInstants.ToInstant(concern.RaisedAtUtc), involved, UtcInstants.ToInstant(input.AtUtc));
        await _dispatcher.SendAsync(alert, input.AtUtc, cancellationToken).ConfigureAwait(false);
        await _timeline.RecordAsync(TimelineEventKind.ConcernAlerted, concern.Reference.Value, input.AtUtc, cancellationToken, discriminator: "alert",
            details: new Dictionary<string, string> { ["level"] = triage.AlertLevel.ToString(), ["emailId"] = alert.Id }).ConfigureAwait(false);
        return triage.AlertLevel;
    }
}
