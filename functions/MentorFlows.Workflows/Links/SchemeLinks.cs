using MentorFlows.Domain.Concerns;
using MentorFlows.Domain.Surveys;
using NodaTime;

namespace MentorFlows.Workflows.Links;

/// <summary>
/// The links scheme emails carry, relative to the HTTP API's public base (e.g. <c>https://mentoring.example.ac.uk/api/</c>).
/// Participant links are signed (<see cref="ParticipantLinkSigner"/>) and expire at one instant for the whole scheme,
/// normally the erasure after closure (after it there is nothing left to act on). The route constants are the
/// contract with the HTTP API, which verifies the token for the route's purpose. Coordinator links are not signed:
/// those routes need the coordinator key.
/// </summary>
public sealed class SchemeLinks
{
    /// <summary>GET shows a confirmation page, POST (also RFC 8058 one-click) opts the token's student out.</summary>
    public const string OptOutRoute = "optout";

    /// <summary>The concern form, reporting as the token's student.</summary>
    public const string ConcernRoute = "concerns/report";

    /// <summary>The check-in answer page; query <c>met=yes|no</c> preselects the answer (GET shows, POST records).</summary>
    public const string CheckInRoute = "checkins/respond";

    /// <summary>The review or final survey named by the token's scope (<see cref="SurveyScope"/>): GET shows, POST records.</summary>
    public const string SurveyRoute = "surveys";

    /// <summary>The coordinator's view of one concern: <c>coordinator/concerns/{reference}</c>.</summary>
    public const string CoordinatorConcernRoute = "coordinator/concerns";

    /// <summary>The coordinator's overview (matches, unmatched, engagement).</summary>
    public const string CoordinatorRoute = "coordinator";

    private readonly Uri _apiBase;
    private readonly ParticipantLinkSigner _signer;
    private readonly Instant _expiresAt;

    public SchemeLinks(Uri apiBase, ParticipantLinkSigner signer, Instant expiresAt)
    {
        ArgumentNullException.ThrowIfNull(apiBase);
        ArgumentNullException.ThrowIfNull(signer);
        if (!apiBase.IsAbsoluteUri || apiBase.Scheme is not ("https" or "http"))
        {
            throw new ArgumentException("The API base must be an absolute http(s) URL.", nameof(apiBase));
        }

        _apiBase = apiBase.AbsoluteUri.EndsWith('/') ? apiBase : new Uri(apiBase.AbsoluteUri + "/");
        _signer = signer;
        _expiresAt = expiresAt;
    }

    public Uri OptOut(string studentId) => Signed(OptOutRoute, LinkPurpose.OptOut, studentId);

    public Uri Concern(string studentId) => Signed(ConcernRoute, LinkPurpose.Concern, studentId);

    /// <summary>A link for <paramref name="studentId"/> to answer about the pair of <paramref name="menteeId"/> in <paramref name="round"/>.</summary>
    public Uri CheckInResponse(string studentId, string menteeId, int round, bool met) =>
        Signed(CheckInRoute, LinkPurpose.CheckInResponse, studentId, new CheckInResponseScope(menteeId, round).Format(), met ? "&met=yes" : "&met=no");

    /// <summary>
    /// A link for <paramref name="studentId"/> to answer the survey at <paramref name="point"/>; for a review,
    /// <paramref name="partnerId"/> names the pair (the student's mentee or mentor).
    /// </summary>
    public Uri Survey(string studentId, SurveyPoint point, string? partnerId = null) =>
        Signed(SurveyRoute, LinkPurpose.Survey, studentId, new SurveyScope(point, partnerId).Format());

    public Uri CoordinatorConcern(ConcernReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return new Uri(_apiBase, $"{CoordinatorConcernRoute}/{reference.Value}");
    }

    public Uri Coordinator() => new(_apiBase, CoordinatorRoute);

    private Uri Signed(string route, LinkPurpose purpose, string studentId, string scope = "", string query = "")
    {
        var token = _signer.Sign(new ParticipantLinkClaims(purpose, studentId, _expiresAt, scope));
        return new Uri(_apiBase, $"{route}?token={token}{query}");
    }
}
