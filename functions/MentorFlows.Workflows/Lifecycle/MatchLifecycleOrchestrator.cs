using MentorFlows.Domain.Scheme;
using MentorFlows.Workflows.Orchestration;
using MentorFlows.Workflows.Year;

namespace MentorFlows.Workflows.Lifecycle;

/// <summary>
/// One match's year (instance <c>match-{matchId}</c>): the introduction at the first contact-window slot after the
/// match is made, the review surveys, then the end at closure. Between milestones it waits on a durable timer or a
/// <see cref="MatchSignal"/>, whichever comes first, and continues as new after each, so its history stays a few
/// events long. Only the opaque match id and instants are in its history; the activity reads the people.
/// </summary>
public sealed class MatchLifecycleOrchestrator : IOrchestrator<MatchLifecycleInput, MatchLifecycleResult>
{
    private readonly SchemeYear _year;

    public MatchLifecycleOrchestrator(SchemeYear year) => _year = year;

    public async Task<MatchLifecycleResult> RunAsync(IOrchestrationContext context, MatchLifecycleInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var (milestone, dueAt) = NextDue(input.MatchedAtUtc, input.Next);
        var signal = await context.WaitForEventUntilAsync<MatchSignal>(nameof(MatchSignal), dueAt);
        switch (signal?.Kind)
        {
            case MatchSignalKind.Ended:
                return new MatchLifecycleResult(milestone, EndedEarly: true);
            case MatchSignalKind.Paused:
                context.ContinueAsNew(input with { Next = milestone });
                return new MatchLifecycleResult(milestone, EndedEarly: false);
        }

        if (milestone == MatchMilestone.Closure)
        {
            return new MatchLifecycleResult(milestone, EndedEarly: false);
        }

        await context.CallActivityAsync<EmailBatchResult>(nameof(RunMatchMilestoneActivity), new MatchMilestoneInput(input.MatchId, milestone, dueAt), WorkflowRetries.Default);
        context.ContinueAsNew(input with { Next = milestone + 1 });
        return new MatchLifecycleResult(milestone, EndedEarly: false);
    }

    /// <summary>The first milestone from <paramref name="from"/> on that this match has, and when it is due.</summary>
    private (MatchMilestone Milestone, DateTime DueAt) NextDue(DateTime matchedAtUtc, MatchMilestone from)
    {
        var reviews = _year.Calendar.ReviewSurveysForMatch(_year.DateOf(matchedAtUtc));
        for (var milestone = from; milestone < MatchMilestone.Closure; milestone++)
        {
            if (milestone == MatchMilestone.Introduction)
            {
                return (milestone, _year.NextStudentSendTime(matchedAtUtc));
            }

            var point = milestone == MatchMilestone.MidPointReview ? ReviewPoint.MidPoint : ReviewPoint.EndPoint;
            if (reviews.FirstOrDefault(r => r.Point == point) is { } review)
            {
                return (milestone, UtcInstants.ToDateTime(review.At));
            }
        }

        return (MatchMilestone.Closure, _year.ClosureAt);
    }
}
