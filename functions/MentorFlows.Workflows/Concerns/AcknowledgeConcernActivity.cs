using MentorFlows.Workflows.Email;
using MentorFlows.Workflows.Email.Composition;
using MentorFlows.Workflows.Orchestration;
using MentorFlows.Workflows.Sending;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Year;

namespace MentorFlows.Workflows.Concerns;

/// <summary>The reporter's acknowledgement with the reference (in the contact window); nothing of what they wrote. True when sent.</summary>
public sealed class AcknowledgeConcernActivity : IActivity<ConcernStepInput, bool>
{
    private readonly IConcernStore _concerns;
    private readonly IParticipantStore _participants;
    private readonly EmailComposer _composer;
    private readonly EmailDispatcher _dispatcher;

    public AcknowledgeConcernActivity(IConcernStore concerns, IParticipantStore participants, EmailComposer composer, EmailDispatcher dispatcher)
    {
        _concerns = concerns;
        _participants = participants;
        _composer = composer;
        _dispatcher = dispatcher;
    }

    public async Task<bool> RunAsync(IActivityContext context, ConcernStepInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var concern = await _concerns.GetAsync(input.Reference, cancellationToken).ConfigureAwait(false);
        var reporter = concern?.ReporterId is { } id ? await _participants.GetAsync(id, cancellationToken).ConfigureAwait(false) : null;
        if (reporter is null)
        {
            await _dispatcher.SkipAsync(EmailKind.ConcernAcknowledgement, input.Reference.Value, SkipReason.RecipientErased, input.AtUtc, cancellationToken).ConfigureAwait(false);
            return false;
        }

        var ack = _composer.ConcernAcknowledgement(reporter.Person, input.Reference, UtcInstants.ToInstant(input.AtUtc));
        return await _dispatcher.SendUnlessAsync(RecipientRules.Check(reporter, ack.Kind), ack, input.AtUtc, cancellationToken).ConfigureAwait(false);
    }
}
