using MentorFlows.Domain.Surveys;
using MentorFlows.Workflows.Email;

namespace MentorFlows.Workflows.Links;

/// <summary>
/// The scope of a <see cref="LinkPurpose.Survey"/> link: which survey, and for a review, which pair (by the partner of
/// the link's student: a mentor's mentee, a mentee's mentor), because a mentor gets one review email per mentee and
/// each answer is about that pair. Written as the wire name of the email kind carrying the survey (<c>review-3m</c>,
/// <c>review-6m</c>, <c>closure</c>), then <c>/{partnerId}</c> for a review. The final feedback survey is about the
/// student's year, so it has no partner. A review scope without a partner (links sent before pairs were named) is
/// still valid: its answer is about the student's mentoring in general.
/// </summary>
public sealed record SurveyScope(SurveyPoint Point, string? PartnerId = null)
{
    /// <summary>The email kind that carries <paramref name="point"/>'s link (its wire name starts the scope).</summary>
    public static EmailKind EmailKindOf(SurveyPoint point) => point switch
    {
        SurveyPoint.MidPointReview => EmailKind.Review3Months,
        SurveyPoint.EndPointReview => EmailKind.Review6Months,
        SurveyPoint.FinalFeedback => EmailKind.Closure,
        _ => throw new ArgumentOutOfRangeException(nameof(point), point, "Unknown survey point."),
    };

    public string Format()
    {
        var kind = EmailKindOf(Point).WireName();
        return PartnerId is null ? kind : $"{kind}/{PartnerId}";
    }

    /// <summary>Reads a scope <see cref="Format"/> writes; false for anything else (an empty partner, a partner on the final survey).</summary>
    public static bool TryParse(string? scope, out SurveyScope? result)
    {
        result = null;
        if (scope is null)
        {
            return false;
        }

        var slash = scope.IndexOf('/', StringComparison.Ordinal);
        var kind = slash < 0 ? scope : scope[..slash];
        var partner = slash < 0 ? null : scope[(slash + 1)..];
        SurveyPoint? point = kind switch
        {
            _ when kind == EmailKind.Review3Months.WireName() => SurveyPoint.MidPointReview,
            _ when kind == EmailKind.Review6Months.WireName() => SurveyPoint.EndPointReview,
            _ when kind == EmailKind.Closure.WireName() => SurveyPoint.FinalFeedback,
            _ => null,
        };
        if (point is not { } found || partner is { Length: 0 } || (partner is not null && found == SurveyPoint.FinalFeedback))
        {
            return false;
        }

        result = new SurveyScope(found, partner);
        return true;
    }
}
