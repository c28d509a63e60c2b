using System.Text.Json.Serialization;

namespace MentorFlows.Workflows.Links;

/// <summary>
/// What a signed participant link lets its holder do. The purpose is inside the signature: a token made for one
/// purpose fails verification for any other. Values are stored in tokens: never renumber, only add.
/// </summary>
public enum LinkPurpose : byte
{
    /// <summary>Leave the scheme (GET shows a confirmation page, POST acts; also the List-Unsubscribe URL).</summary>
    [JsonStringEnumMemberName("opt-out")]
    OptOut = 1,

    /// <summary>Report a concern as this student.</summary>
    [JsonStringEnumMemberName("concern")]
    Concern = 2,

    /// <summary>Answer a monthly check-in about one pair and round (scope: <see cref="CheckInResponseScope"/>).</summary>
    [JsonStringEnumMemberName("check-in-response")]
    CheckInResponse = 3,

    /// <summary>Answer a review or the final feedback survey (scope: <see cref="SurveyScope"/>).</summary>
    [JsonStringEnumMemberName("survey")]
    Survey = 4,
}
