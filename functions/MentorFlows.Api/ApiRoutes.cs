using MentorFlows.Workflows.Links;

namespace MentorFlows.Api;

/// <summary>
/// Every route of the API, below <c>/api/</c>, in one place: the local host maps these patterns and the Azure host's
/// HTTP triggers declare them (Azure Functions puts its routes under <c>api/</c> too), so both serve the same paths.
/// Participant routes come from <see cref="SchemeLinks"/>: emails link to them.
/// </summary>
public static class ApiRoutes
{
    public const string OptOut = SchemeLinks.OptOutRoute;
    public const string ConcernReport = SchemeLinks.ConcernRoute;
    public const string CheckIn = SchemeLinks.CheckInRoute;
    public const string Survey = SchemeLinks.SurveyRoute;

    public const string Cohort = "cohorts/{name}";
    public const string CohortUploads = "cohorts/uploads";
    public const string CohortUpload = "cohorts/uploads/{uploadId}";
    public const string CoordinatorOptOuts = "coordinator/optouts";
    public const string Concerns = SchemeLinks.CoordinatorConcernRoute;
    public const string Concern = SchemeLinks.CoordinatorConcernRoute + "/{reference}";
    public const string ConcernDecision = SchemeLinks.CoordinatorConcernRoute + "/{reference}/decision";
    public const string MentorCleared = "coordinator/mentors/{studentId}/cleared";
    public const string MentorResigned = "coordinator/mentors/{studentId}/resigned";
    public const string Unmatched = "coordinator/unmatched";
    public const string SchemeHealth = SchemeLinks.CoordinatorRoute;
    public const string SurveyComments = "coordinator/surveys/comments";
    public const string CoordinatorSignIn = "coordinator/sign-in";
    public const string CoordinatorSignOut = "coordinator/sign-out";
}
