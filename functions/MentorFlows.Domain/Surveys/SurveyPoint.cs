using System.Text.Json.Serialization;

namespace MentorFlows.Domain.Surveys;

/// <summary>
/// The surveys of the scheme year (DOMAIN.md "The year of a match"): the review survey to both sides at the mid-point
/// and end-point of a match (003: three and six months; 004) and the final feedback survey at closure. Wire names
/// (EVENTS.json, the HTTP API) via <see cref="WireName"/>; values are stored by their C# names: only add members.
/// </summary>
public enum SurveyPoint
{
    /// <summary>The first review of a match (<see cref="Scheme.ReviewPoint.MidPoint"/>), 3 months in by default.</summary>
    [JsonStringEnumMemberName("mid-point")]
    MidPointReview,

    /// <summary>The second review of a match (<see cref="Scheme.ReviewPoint.EndPoint"/>), 6 months in by default.</summary>
    [JsonStringEnumMemberName("end-point")]
    EndPointReview,

    /// <summary>The final feedback survey in the closure email on the scheme's end date.</summary>
    [JsonStringEnumMemberName("final")]
    FinalFeedback,
}
