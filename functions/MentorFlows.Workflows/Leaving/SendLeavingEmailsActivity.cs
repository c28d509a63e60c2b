using MentorFlows.Workflows.Email;
using MentorFlows.Workflows.Email.Composition;
using MentorFlows.Workflows.Lifecycle;
using MentorFlows.Workflows.Orchestration;
using MentorFlows.Workflows.Sending;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Year;

namespace MentorFlows.Workflows.Leaving;

/// <summary>
/// The emails of a leaving, in the contact window: the confirmation to a student who opted out or resigned (none to a
/// member removed by a coordinator, who tells them in person), and to the mentor of each match a leaving mentee
/// ended, that a mentee has left (never why).
/// </summary>
public sealed class SendLeavingEmailsActivity : IActivity<LeavingEmailsInput, EmailBatchResult>
{
    private readonly IParticipantStore _participants;
    private readonly IMatchStore _matches;
    private readonly EmailComposer _composer;
    private readonly EmailDispatcher _dispatcher;

    public SendLeavingEmailsActivity(IParticipantStore participants, IMatchStore matches, EmailComposer composer, EmailDispatcher dispatcher)
    {
        _participants = participants;
        _matches = matches;
        _composer = composer;
        _dispatcher = dispatcher;
    }

    public async Task<EmailBatchResult> RunAsync(IActivityContext context, LeavingEmailsInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var leaver = await _participants.GetAsync(input.StudentId, cancellationToken).ConfigureAwait(false);
        var result = EmailBatchResult.None;
        if (leaver is null)
        {
            return result;
        }

        var at = UtcInstants.ToInstant(input.AtUtc);
        if (input.Reason != LeaveReason.Removed)
        {
            var confirmation = _composer.OptOutConfirmation(leaver.Person, UtcInstants.ToInstant(input.LeftAtUtc), at);
            result = result.Add(await _dispatcher.SendUnlessAsync(RecipientRules.Check(leaver, EmailKind.OptOutConfirmation), confirmation, input.AtUtc, cancellationToken).ConfigureAwait(false));
        }

        foreach (var matchId in input.EndedMatchIds)
        {
            if (await _matches.GetAsync(matchId, cancellationToken).ConfigureAwait(false) is not { } match || match.MenteeId != leaver.StudentId)
            {
                continue;
            }

            var mentor = await _participants.GetAsync(match.MentorId, cancellationToken).ConfigureAwait(false);
            if (mentor is null)
            {
                await _dispatcher.SkipAsync(EmailKind.MenteeLeft, matchId, SkipReason.RecipientErased, input.AtUtc, cancellationToken).ConfigureAwait(false);
                continue;
            }

            result = result.Add(await _dispatcher.SendUnlessAsync(RecipientRules.Check(mentor, EmailKind.MenteeLeft),
                _composer.MenteeLeft(mentor.Person, leaver.Person, at), input.AtUtc, cancellationToken).ConfigureAwait(false));
        }

        return result;
    }
}
