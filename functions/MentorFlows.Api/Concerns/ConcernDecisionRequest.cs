using MentorFlows.Domain.Concerns;
using MentorFlows.Api.Http;

namespace MentorFlows.Api.Concerns;

/// <summary>A coordinator's decision on a concern (DESIGN.md outcomes: noAction, adviceGiven, matchPaused, matchDissolved, memberRemoved).</summary>
public sealed record ConcernDecisionRequest(ConcernOutcome Outcome)
{
    public static ConcernDecisionRequest? Read(FieldReader fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var outcome = fields.Choice<ConcernOutcome>("outcome", required: true);
        return fields.HasErrors ? null : new ConcernDecisionRequest(outcome!.Value);
    }
}
